package jp.sitegate.domain.model.notification;

/** How an outbound message travels. */
public enum Channel {
    /** E-mail through the configured SMTP server (Jakarta Mail). */
    EMAIL,
    /** HTTPS POST to a distributor's webhook, signed with HMAC-SHA256. */
    WEBHOOK
}
