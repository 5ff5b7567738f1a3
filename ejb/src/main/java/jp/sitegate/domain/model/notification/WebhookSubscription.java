package jp.sitegate.domain.model.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
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
import jp.sitegate.domain.model.user.UserAccount;

/**
 * A distributor's webhook (issue 5): SiteGate POSTs status changes of the facilities the distributor serves to
 * {@code url}, signed with HMAC-SHA256 under {@code secret}. Never deleted: a cancelled subscription is inactive
 * and keeps its delivery log.
 */
@Entity
@Table(name = "webhook_subscription")
@NamedQuery(name = "WebhookSubscription.ofOrganisation", query = "SELECT w FROM WebhookSubscription w "
        + "WHERE w.owner.organisationId = :org ORDER BY w.id")
@NamedQuery(name = "WebhookSubscription.activeOfUser", query = "SELECT w FROM WebhookSubscription w "
        + "WHERE w.owner.id = :userId AND w.active = TRUE ORDER BY w.id")
public class WebhookSubscription {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "user_id", updatable = false)
    private UserAccount owner;

    @Column(nullable = false, updatable = false)
    private String url;

    /** Recorded in the audit trail by its SHA-256 only (issue 15: never the secret). */
    @jp.sitegate.domain.shared.AuditedAsDigest
    @Column(nullable = false, updatable = false)
    private String secret;

    @Column(nullable = false)
    private boolean active = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected WebhookSubscription() {
    }

    /**
     * @param owner  the distributor user
     * @param url    http(s) URL, validated by the caller
     * @param secret HMAC key, ≥ 16 characters, validated by the caller
     * @param now    when
     */
    public WebhookSubscription(UserAccount owner, String url, String secret, Instant now) {
        this.owner = owner;
        this.url = url;
        this.secret = secret;
        this.createdAt = now;
    }

    /** Cancels the subscription; its log stays. */
    public void cancel() {
        active = false;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the owner */
    public UserAccount getOwner() {
        return owner;
    }

    /** @return the URL */
    public String getUrl() {
        return url;
    }

    /** @return the HMAC key */
    public String getSecret() {
        return secret;
    }

    /** @return true until cancelled */
    public boolean isActive() {
        return active;
    }

    /** @return when created */
    public Instant getCreatedAt() {
        return createdAt;
    }

    /** @return the version (optimistic lock) */
    public long getVersion() {
        return version;
    }
}
