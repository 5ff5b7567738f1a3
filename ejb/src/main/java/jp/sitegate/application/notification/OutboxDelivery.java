package jp.sitegate.application.notification;

import java.time.Instant;
import jp.sitegate.domain.model.notification.Channel;
import jp.sitegate.domain.model.notification.DeliveryAttempt;
import jp.sitegate.domain.model.notification.DeliveryStatus;
import jp.sitegate.domain.model.notification.NotificationRepository;
import jp.sitegate.domain.model.notification.OutboundMessage;
import jp.sitegate.domain.model.notification.WebhookSubscription;
import jp.sitegate.infrastructure.notification.DeliveryResult;
import jp.sitegate.infrastructure.notification.MailSettings;
import jp.sitegate.infrastructure.notification.MailTransport;
import jp.sitegate.infrastructure.notification.WebhookTransport;

/**
 * Delivers the outbox (issue 5): e-mails through SMTP, webhook calls signed with HMAC-SHA256; logs every attempt
 * and schedules retries ({@link OutboundMessage#failed}). Plain class over the outbox
 * ({@link NotificationRepository}): the EJB timer and the Java SE tests share it.
 */
public final class OutboxDelivery {
    private final MailTransport mailer;
    private final WebhookTransport webhooks;

    /**
     * @param mail     SMTP settings (e-mails are given up at once when no host is configured)
     * @param webhooks the webhook client
     */
    public OutboxDelivery(MailSettings mail, WebhookTransport webhooks) {
        this.mailer = mail.enabled() ? new MailTransport(mail) : null;
        this.webhooks = webhooks;
    }

    /**
     * Makes one attempt at a message, in the caller's transaction, with the message row locked so two dispatchers
     * never send it twice; a message another dispatcher holds is skipped at once (issue 17).
     *
     * @param outbox    the outbox of the caller's transaction
     * @param messageId the message
     * @param now       the moment
     * @return the message's status afterwards, or {@code null} when it was not due any more or another dispatcher
     *         holds it
     */
    public DeliveryStatus deliver(NotificationRepository outbox, long messageId, Instant now) {
        OutboundMessage m = outbox.lockForDelivery(messageId).orElse(null);
        if (m == null || m.getStatus() != DeliveryStatus.PENDING || m.getNextAttemptAt().isAfter(now)) {
            return null;
        }
        DeliveryResult r;
        if (m.getChannel() == Channel.EMAIL) {
            if (mailer == null) {
                return giveUp(outbox, m, now, "SMTP server not configured (sitegate.mail.smtp.host); the inbox has the "
                        + "message");
            }
            r = mailer.send(m.getRecipient(), m.getSubject(), m.getBody(), now);
        } else {
            WebhookSubscription w = m.getSubscription();
            if (!w.isActive()) {
                return giveUp(outbox, m, now, "subscription " + w.getId() + " cancelled");
            }
            r = webhooks.post(w.getUrl(), w.getSecret(), m.getSubject(), "outbound-" + m.getId(), m.getBody());
        }
        if (r.delivered()) {
            m.sent(now);
        } else {
            m.failed(now, r.detail());
        }
        outbox.add(new DeliveryAttempt(m, now, r.delivered(), r.httpStatus(), r.detail()));
        return m.getStatus();
    }

    private static DeliveryStatus giveUp(NotificationRepository outbox, OutboundMessage m, Instant now, String reason) {
        m.abandon(now, reason);
        outbox.add(new DeliveryAttempt(m, now, false, null, m.getLastError()));
        return m.getStatus();
    }
}
