package jp.sitegate.domain.model.eligibility;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.Instant;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.Product;

/**
 * A decision stored exactly as it was made (REQUIREMENTS.md §7): the full decision as JSON, so it can be shown
 * again as the distributor saw it. Immutable once written.
 */
@Entity
@Table(name = "eligibility_decision")
public class StoredDecision {
    @Id
    @Column(length = 36)
    private String id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", updatable = false)
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @Column(name = "yj_code", nullable = false, updatable = false)
    private String yjCode;

    @Column(name = "evaluated_for", nullable = false, updatable = false)
    private Instant evaluatedFor;

    @Column(name = "decided_at", nullable = false, updatable = false)
    private Instant decidedAt;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, updatable = false)
    private DecisionOutcome outcome;

    @Column(name = "profile_id", nullable = false, updatable = false)
    private long profileId;

    @Column(name = "profile_version", nullable = false, updatable = false)
    private int profileVersion;

    @Column(nullable = false, updatable = false)
    private String purpose;

    /** The decision document as stored; the audit trail records its SHA-256 ({@code payloadSha256}). */
    @jp.sitegate.domain.shared.AuditedAsDigest
    @Column(nullable = false, updatable = false)
    private String payload;

    /** The organisation that asked for the decision (the distributor of a shipment, issue 10), or null. */
    @Column(name = "organisation_id", updatable = false)
    private Long organisationId;

    protected StoredDecision() {
    }

    /**
     * @param id        UUID
     * @param facility  facility
     * @param product   product
     * @param decision  the decision
     * @param profileId id of the profile version used
     * @param purpose   why it was stored, e.g. SHIPMENT
     * @param payload   the decision as JSON
     * @param organisationId the organisation that asked for it (it may read it back), or {@code null}
     */
    public StoredDecision(String id, Facility facility, Product product, Decision decision, long profileId,
            String purpose, String payload, Long organisationId) {
        this.organisationId = organisationId;
        this.id = id;
        this.facility = facility;
        this.product = product;
        this.yjCode = decision.yjCode();
        this.evaluatedFor = decision.evaluatedFor();
        this.decidedAt = decision.decidedAt();
        this.outcome = decision.outcome();
        this.profileId = profileId;
        this.profileVersion = decision.profileVersion();
        this.purpose = purpose;
        this.payload = payload;
    }

    /** @return the id */
    /** @return the organisation that asked for the decision, or {@code null} */
    public Long getOrganisationId() {
        return organisationId;
    }

    /** @return the facility */
    public Facility getFacility() {
        return facility;
    }

    /** @return the product */
    public Product getProduct() {
        return product;
    }

    /** @return when it was made */
    public Instant getDecidedAt() {
        return decidedAt;
    }

    public String getId() {
        return id;
    }

    /** @return the outcome */
    public DecisionOutcome getOutcome() {
        return outcome;
    }

    /** @return the purpose */
    public String getPurpose() {
        return purpose;
    }

    /** @return the decision as stored, JSON */
    public String getPayload() {
        return payload;
    }
}
