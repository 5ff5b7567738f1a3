package jp.sitegate.domain.model.notification;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Inbox entries, the outbox and webhook subscriptions (issue 5; issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaNotificationRepository}).
 */
public interface NotificationRepository {
    /**
     * @param userId      a distributor user
     * @param facilityIds facilities (at most a batch chunk's; not empty)
     * @return those among them the user is already recorded as serving (issue 16: one query for a chunk)
     */
    java.util.Set<Long> servedAmong(long userId, java.util.Collection<Long> facilityIds);

    /**
     * @param userId   a recipient
     * @param dedupKey a message's de-duplication key
     * @return true when the user already has that message
     */
    boolean delivered(long userId, String dedupKey);

    /** @param notification a new inbox entry, stored */
    void add(Notification notification);

    /** @param message a new outbox message (e-mail or webhook call), queued */
    void queue(OutboundMessage message);

    /** @param attempt a delivery attempt, logged */
    void add(DeliveryAttempt attempt);

    /**
     * @param userId a distributor user
     * @return its active webhook subscriptions
     */
    List<WebhookSubscription> activeWebhooksOf(long userId);

    /**
     * @param now the moment
     * @param max at most this many
     * @return ids of outbox messages due for an attempt, oldest first
     */
    List<Long> due(Instant now, int max);

    /**
     * @param messageId an outbox message
     * @return the message, its row locked until the transaction ends (two dispatchers never send it twice); empty
     *         when there is no such message or another transaction holds it (skipped, not waited for: issue 17)
     */
    Optional<OutboundMessage> lockForDelivery(long messageId);

    /**
     * @param userId  a recipient
     * @param sorting by createdAt, severity (INFO &lt; WARNING &lt; CRITICAL) or read (unread first when ascending)
     *                (issue 14), or {@code Sorting.NONE} for newest first
     * @param first   index of the first row
     * @param max     at most this many rows
     * @return the user's inbox in that order (newest first among equals), and its size
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code sort} for another column
     */
    jp.sitegate.domain.shared.Slice<Notification> inbox(long userId, jp.sitegate.domain.shared.Sorting sorting,
            int first, int max);

    /**
     * @param userId a recipient
     * @return how many of the user's entries are unread
     */
    long unreadCount(long userId);

    /**
     * @param userId a recipient
     * @return the user's unread entries
     */
    List<Notification> unread(long userId);

    /**
     * @param organisationId a distributor
     * @return its webhook subscriptions, cancelled ones included
     */
    List<WebhookSubscription> webhooksOf(long organisationId);

    /**
     * @param subscriptionId a webhook subscription
     * @param first          index of the first row
     * @param max            at most this many rows
     * @return the calls queued for it, newest first, and how many there are
     */
    jp.sitegate.domain.shared.Slice<OutboundMessage> callsOf(long subscriptionId, int first, int max);

    /**
     * @param messageId an outbox message
     * @return its delivery attempts, oldest first
     */
    List<DeliveryAttempt> attemptsAt(long messageId);
}
