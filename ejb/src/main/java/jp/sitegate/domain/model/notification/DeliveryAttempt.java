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
import java.time.Instant;
import jp.sitegate.domain.shared.NotAudited;
import jp.sitegate.domain.shared.Text;

/** One attempt to deliver an outbound message: the delivery log (issue 5). Immutable. */
@Entity
@NotAudited
@Table(name = "delivery_attempt")
@NamedQuery(name = "DeliveryAttempt.ofMessage", query = "SELECT a FROM DeliveryAttempt a "
        + "WHERE a.message.id = :messageId ORDER BY a.attemptedAt, a.id")
public class DeliveryAttempt {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "message_id", updatable = false)
    private OutboundMessage message;

    @Column(name = "attempted_at", nullable = false, updatable = false)
    private Instant attemptedAt;

    @Column(nullable = false, updatable = false)
    private boolean succeeded;

    @Column(name = "http_status", updatable = false)
    private Integer httpStatus;

    @Column(nullable = false, updatable = false)
    private String detail;

    protected DeliveryAttempt() {
    }

    /**
     * @param message     the message
     * @param attemptedAt when
     * @param succeeded   whether it was delivered
     * @param httpStatus  the webhook's HTTP status, or {@code null}
     * @param detail      what happened (shortened to 500 characters)
     */
    public DeliveryAttempt(OutboundMessage message, Instant attemptedAt, boolean succeeded, Integer httpStatus,
            String detail) {
        this.message = message;
        this.attemptedAt = attemptedAt;
        this.succeeded = succeeded;
        this.httpStatus = httpStatus;
        this.detail = Text.clip(detail, 500);
    }

    /** @return when */
    public Instant getAttemptedAt() {
        return attemptedAt;
    }

    /** @return whether delivered */
    public boolean isSucceeded() {
        return succeeded;
    }

    /** @return the HTTP status, or {@code null} */
    public Integer getHttpStatus() {
        return httpStatus;
    }

    /** @return what happened */
    public String getDetail() {
        return detail;
    }
}
