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
import java.time.Instant;
import jp.sitegate.domain.shared.NotAudited;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.user.UserAccount;

/**
 * One message in a user's in-application inbox (issue 5). Unique per (recipient, dedup key), so a readiness warning
 * about the same lot and threshold is given once.
 */
@Entity
@NotAudited
@Table(name = "notification")
@NamedQuery(name = "Notification.unread", query = "SELECT COUNT(n) FROM Notification n "
        + "WHERE n.recipient.id = :userId AND n.readAt IS NULL")
@NamedQuery(name = "Notification.exists", query = "SELECT COUNT(n) FROM Notification n "
        + "WHERE n.recipient.id = :userId AND n.dedupKey = :key")
public class Notification {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "recipient_id", updatable = false)
    private UserAccount recipient;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private NotificationKind kind;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private Severity severity;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id", updatable = false)
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @Column(nullable = false, updatable = false)
    private String subject;

    @Column(nullable = false, updatable = false)
    private String body;

    @Column(name = "dedup_key", nullable = false, updatable = false)
    private String dedupKey;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "read_at")
    private Instant readAt;

    @Version
    private long version;

    protected Notification() {
    }

    /**
     * @param recipient the user whose inbox receives it
     * @param message   what it says
     * @param now       when
     */
    public Notification(UserAccount recipient, NotificationMessage message, Instant now) {
        this.recipient = recipient;
        this.kind = message.kind();
        this.severity = message.severity();
        this.facility = message.facility();
        this.product = message.product();
        this.subject = message.subject();
        this.body = message.body();
        this.dedupKey = message.dedupKey();
        this.createdAt = now;
    }

    /**
     * Marks the notification read (once; reading again keeps the first moment).
     *
     * @param now when
     */
    public void markRead(Instant now) {
        if (readAt == null) {
            readAt = now;
        }
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the recipient */
    public UserAccount getRecipient() {
        return recipient;
    }

    /** @return the kind */
    public NotificationKind getKind() {
        return kind;
    }

    /** @return the severity */
    public Severity getSeverity() {
        return severity;
    }

    /** @return the facility, or {@code null} */
    public Facility getFacility() {
        return facility;
    }

    /** @return the product, or {@code null} */
    public Product getProduct() {
        return product;
    }

    /** @return the subject (Japanese / English) */
    public String getSubject() {
        return subject;
    }

    /** @return the body (Japanese, then English) */
    public String getBody() {
        return body;
    }

    /** @return when it was created */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return when it was read, or {@code null} */
    public Instant getReadAt() {
        return readAt;
    }
}
