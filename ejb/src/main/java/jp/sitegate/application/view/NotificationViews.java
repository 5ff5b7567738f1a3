package jp.sitegate.application.view;

import java.util.List;

/** What the inbox, webhook and delivery-log pages and API show (issue 5); never entities. */
public final class NotificationViews {
    private NotificationViews() {
    }

    /**
     * An inbox entry.
     *
     * @param id           id
     * @param kind         STATUS_CHANGED, LOT_EXPIRING_60, LOT_EXPIRING_30 or STOCK_BELOW_MINIMUM_AHEAD
     * @param severity     INFO, WARNING or CRITICAL
     * @param facilityCode facility concerned, or {@code null}
     * @param facilityName its name, or {@code null}
     * @param product      product key, or {@code null}
     * @param subject      subject (Japanese / English)
     * @param body         text (Japanese, then English)
     * @param createdAt    when (ISO-8601)
     * @param readAt       when read (ISO-8601), or {@code null}
     */
    public record InboxEntry(long id, String kind, String severity, String facilityCode, String facilityName,
            String product, String subject, String body, String createdAt, String readAt) {
    }

    /**
     * A webhook subscription.
     *
     * @param id        id
     * @param url       where calls go
     * @param active    false once cancelled
     * @param createdAt when (ISO-8601)
     * @param secret    the HMAC secret — only in the answer to the subscription itself, else {@code null}
     */
    public record Webhook(long id, String url, boolean active, String createdAt, String secret) {
    }

    /**
     * One outbound webhook call and its attempts: the delivery log.
     *
     * @param id         delivery id (header {@code X-SiteGate-Delivery} = {@code outbound-<id>})
     * @param event      event name
     * @param status     PENDING, SENT or FAILED
     * @param attempts   attempts made
     * @param createdAt  when queued (ISO-8601)
     * @param sentAt     when delivered (ISO-8601), or {@code null}
     * @param nextAttemptAt when the next attempt is due (ISO-8601), for PENDING
     * @param lastError  last error, or {@code null}
     * @param log        every attempt, oldest first
     * @param body       the JSON body as signed and sent
     */
    public record Delivery(long id, String event, String status, int attempts, String createdAt, String sentAt,
            String nextAttemptAt, String lastError, List<Attempt> log, String body) {
    }

    /**
     * One attempt.
     *
     * @param at         when (ISO-8601)
     * @param succeeded  delivered or not
     * @param httpStatus HTTP status, or {@code null}
     * @param detail     what happened
     */
    public record Attempt(String at, boolean succeeded, Integer httpStatus, String detail) {
    }
}
