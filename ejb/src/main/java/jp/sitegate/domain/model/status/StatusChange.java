package jp.sitegate.domain.model.status;

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
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.shared.Text;

/** One entry of a facility's status history for a product: from, to, when, findings changed, cause. Immutable. */
@Entity
@Table(name = "status_change")
@NamedQuery(name = "StatusChange.ofFacility", query = "SELECT c FROM StatusChange c JOIN FETCH c.product "
        + "WHERE c.facility.id = :facilityId ORDER BY c.changedAt DESC, c.id DESC")
public class StatusChange {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", updatable = false)
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @Column(name = "from_status", updatable = false)
    private String fromStatus;

    @Column(name = "to_status", nullable = false, updatable = false)
    private String toStatus;

    @Column(name = "changed_at", nullable = false, updatable = false)
    private Instant changedAt;

    @Column(nullable = false, updatable = false)
    private String cause;

    @Column(name = "findings_changed", nullable = false, updatable = false)
    private String findingsChanged;

    protected StatusChange() {
    }

    /**
     * @param facility        facility
     * @param product         product
     * @param fromStatus      previous outcome and failing ids, or {@code null} for the first evaluation
     * @param toStatus        new outcome
     * @param changedAt       when
     * @param cause           what caused it (a change or a date), ≤ 500 characters
     * @param findingsChanged requirement ids whose status changed
     */
    public StatusChange(Facility facility, Product product, String fromStatus, String toStatus, Instant changedAt,
            String cause, String findingsChanged) {
        this.facility = facility;
        this.product = product;
        this.fromStatus = fromStatus;
        this.toStatus = toStatus;
        this.changedAt = changedAt;
        this.cause = Text.clip(cause, 500);
        this.findingsChanged = Text.clip(findingsChanged, 1000);
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the facility */
    public Facility getFacility() {
        return facility;
    }

    /** @return a one-line description: facility, product, from → to, findings changed */
    public String describe() {
        return facility.getCode().value() + " " + product.getKey() + " " + (fromStatus == null ? "-" : fromStatus)
                + " → " + toStatus + (findingsChanged.isEmpty() ? "" : " (" + findingsChanged + ")");
    }

    /**
     * @return the change as people read it (issue 14), in both languages: 1912110952 ルンスミオ点滴静注: 納入可 → 要確認
     *         （LUN-FAC-3） / 1912110952 Lunsumio: Eligible → Needs checking (LUN-FAC-3)
     */
    public jp.sitegate.domain.shared.Reason text() {
        return jp.sitegate.domain.shared.Reason.of(findingsChanged.isEmpty() ? "status.change" : "status.change.ids",
                facility.getCode().value(), new jp.sitegate.domain.shared.Reason(product.getNameJa(), product.getNameEn()),
                fromStatus == null ? jp.sitegate.domain.shared.Reason.of("status.first") : level(fromStatus),
                level(toStatus), findingsChanged.replace(",", ", "));
    }

    private static jp.sitegate.domain.shared.Reason level(String status) {
        return jp.sitegate.domain.shared.Reason.of("ELIGIBLE".equals(status) ? "mail.status.eligible"
                : "FLAGGED".equals(status) ? "mail.status.flagged" : "mail.status.not-eligible");
    }

    /** @return the product */
    public Product getProduct() {
        return product;
    }

    /** @return the previous outcome, or {@code null} */
    public String getFromStatus() {
        return fromStatus;
    }

    /** @return the new outcome */
    public String getToStatus() {
        return toStatus;
    }

    /** @return when */
    public Instant getChangedAt() {
        return changedAt;
    }

    /** @return the cause */
    public String getCause() {
        return cause;
    }

    /** @return requirement ids whose status changed */
    public String getFindingsChanged() {
        return findingsChanged;
    }
}
