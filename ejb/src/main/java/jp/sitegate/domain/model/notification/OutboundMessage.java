package jp.sitegate.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import jp.sitegate.domain.shared.NotAudited;
import jp.sitegate.domain.shared.Text;

/**
 * An e-mail or webhook call waiting in the transactional outbox (issue 5): written in the same transaction as the
 * change it reports, sent after commit, retried with exponential back-off (1, 2, 4, 8, 16 minutes) and given up
 * after {@value #MAX_ATTEMPTS} attempts. Every attempt is logged as a {@link DeliveryAttempt}.
 */
@Entity
@NotAudited
@Table(name = "outbound_message")
@NamedQuery(name = "OutboundMessage.due", query = "SELECT m FROM OutboundMessage m "
        + "WHERE m.status = jp.sitegate.domain.model.notification.DeliveryStatus.PENDING AND m.nextAttemptAt <= :now "
        + "ORDER BY m.nextAttemptAt, m.id")
@NamedQuery(name = "OutboundMessage.ofSubscription", query = "SELECT m FROM OutboundMessage m "
        + "WHERE m.subscription.id = :subscriptionId ORDER BY m.createdAt DESC, m.id DESC")
public class OutboundMessage {
    /** Attempts before a message is given up. */
    public static final int MAX_ATTEMPTS = 6;
    private static final Duration FIRST_RETRY = Duration.ofMinutes(1);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Channel channel;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "notification_id", updatable = false)
    private Notification notification;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "subscription_id", updatable = false)
    private WebhookSubscription subscription;

    @Column(nullable = false, updatable = false)
    private String recipient;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DeliveryStatus status = DeliveryStatus.PENDING;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "last_error")
    private String lastError;

    @Version
    private long version;

    protected OutboundMessage() {
    }

    /**
     * An e-mail for an inbox notification.
     *
     * @param notification the notification it copies
     * @param address      the recipient's e-mail address
     * @param now          when
     * @return the message
     */
    public static OutboundMessage email(Notification notification, String address, Instant now) {
        OutboundMessage m = new OutboundMessage(Channel.EMAIL, address, notification.getSubject(),
                notification.getBody(), now);
        m.notification = notification;
        return m;
    }

    /**
     * A webhook call.
     *
     * @param subscription the subscription
     * @param event        event name, e.g. facility.status.changed
     * @param json         the body, exactly as it will be signed and sent
     * @param now          when
     * @return the message
     */
    public static OutboundMessage webhook(WebhookSubscription subscription, String event, String json, Instant now) {
        OutboundMessage m = new OutboundMessage(Channel.WEBHOOK, subscription.getUrl(), event, json, now);
        m.subscription = subscription;
        return m;
    }

    private OutboundMessage(Channel channel, String recipient, String subject, String body, Instant now) {
        this.channel = channel;
        this.recipient = Text.clip(recipient, 500);
        this.subject = Text.clip(subject, 300);
        this.body = body;
        this.createdAt = now;
        this.nextAttemptAt = now;
    }

    /**
     * Records a successful attempt.
     *
     * @param now when
     */
    public void sent(Instant now) {
        attempts++;
        status = DeliveryStatus.SENT;
        sentAt = now;
        lastError = null;
    }

    /**
     * Records a failed attempt and schedules the next one, or gives up after {@value #MAX_ATTEMPTS}.
     *
     * @param now    when
     * @param reason why (shortened to 500 characters)
     */
    public void failed(Instant now, String reason) {
        attempts++;
        lastError = Text.clip(reason, 500);
        if (attempts >= MAX_ATTEMPTS) {
            status = DeliveryStatus.FAILED;
        } else {
            nextAttemptAt = now.plus(FIRST_RETRY.multipliedBy(1L << (attempts - 1)));
        }
    }

    /**
     * Gives the message up at once (no SMTP server configured, subscription cancelled).
     *
     * @param now    when
     * @param reason why (shortened to 500 characters)
     */
    public void abandon(Instant now, String reason) {
        attempts++;
        lastError = Text.clip(reason, 500);
        status = DeliveryStatus.FAILED;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the channel */
    public Channel getChannel() {
        return channel;
    }

    /** @return the subscription of a webhook call, else {@code null} */
    public WebhookSubscription getSubscription() {
        return subscription;
    }

    /** @return the e-mail address or URL */
    public String getRecipient() {
        return recipient;
    }

    /** @return the e-mail subject or the webhook event name */
    public String getSubject() {
        return subject;
    }

    /** @return the e-mail text or the webhook JSON body */
    public String getBody() {
        return body;
    }

    /** @return the status */
    public DeliveryStatus getStatus() {
        return status;
    }

    /** @return attempts made */
    public int getAttempts() {
        return attempts;
    }

    /** @return when the next attempt is due */
    public Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    /** @return when created */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return when sent, or {@code null} */
    public Instant getSentAt() {
        return sentAt;
    }

    /** @return the last error, or {@code null} */
    public String getLastError() {
        return lastError;
    }
}
