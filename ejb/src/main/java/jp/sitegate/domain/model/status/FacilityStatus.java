package jp.sitegate.domain.model.status;

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
import java.util.Arrays;
import java.util.List;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.Product;

/** The current status of a facility for a product (issue 5): level, failing requirements, since when. */
@Entity
@Table(name = "facility_status")
@NamedQuery(name = "FacilityStatus.find",
        query = "SELECT s FROM FacilityStatus s WHERE s.facility.id = :facilityId AND s.product.id = :productId")
public class FacilityStatus {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", updatable = false)
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private StatusLevel status;

    @Column(nullable = false)
    private String failing;

    @Column(nullable = false)
    private Instant since;

    @Column(name = "evaluated_at", nullable = false)
    private Instant evaluatedAt;

    @Version
    private long version;

    protected FacilityStatus() {
    }

    /**
     * @param facility facility
     * @param product  product
     * @param status   outcome
     * @param failing  requirement ids not met
     * @param now      when evaluated
     */
    public FacilityStatus(Facility facility, Product product, StatusLevel status, List<String> failing,
            Instant now) {
        this.facility = facility;
        this.product = product;
        this.status = status;
        this.failing = String.join(",", failing);
        this.since = now;
        this.evaluatedAt = now;
    }

    /**
     * Records a new evaluation.
     *
     * @param newStatus  outcome now
     * @param newFailing requirement ids not met now
     * @param now        when
     * @return true when the outcome or the failing requirements changed
     */
    public boolean update(StatusLevel newStatus, List<String> newFailing, Instant now) {
        String joined = String.join(",", newFailing);
        boolean changed = newStatus != status || !joined.equals(failing);
        if (newStatus != status) {
            since = now;
        }
        status = newStatus;
        failing = joined;
        evaluatedAt = now;
        return changed;
    }

    /** @return the outcome */
    public StatusLevel getStatus() {
        return status;
    }

    /** @return the requirement ids not met */
    public List<String> failing() {
        return failing.isEmpty() ? List.of() : Arrays.asList(failing.split(","));
    }

    /** @return since when the outcome holds */
    public Instant getSince() {
        return since;
    }
}
