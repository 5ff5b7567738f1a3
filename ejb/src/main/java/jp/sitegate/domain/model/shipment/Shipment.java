package jp.sitegate.domain.model.shipment;

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
import jp.sitegate.domain.model.eligibility.StoredDecision;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.Product;

/** A delivery a distributor recorded after the gate let it pass (LUN-DST-1). Immutable. */
@Entity
@Table(name = "shipment")
@NamedQuery(name = "Shipment.byKey", query = "SELECT s FROM Shipment s WHERE s.idempotencyKey = :key "
        + "AND s.distributorId = :distributor")
public class Shipment {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "idempotency_key", nullable = false, updatable = false)
    private String idempotencyKey;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", updatable = false)
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @Column(name = "yj_code", nullable = false, updatable = false)
    private String yjCode;

    @Column(nullable = false, updatable = false)
    private int quantity;

    @Column(name = "order_reference", updatable = false)
    private String orderReference;

    @Column(updatable = false)
    private String distributor;

    @Column(name = "distributor_id", updatable = false)
    private Long distributorId;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "decision_id", updatable = false)
    private StoredDecision decision;

    @Column(name = "shipped_at", nullable = false, updatable = false)
    private Instant shippedAt;

    @Column(name = "released_first_delivery", updatable = false)
    private boolean releasedFirstDelivery;

    /** The patient's checklist a per-patient delivery names (issue 12); {@code null} for other products. */
    @Column(name = "patient_checklist_id", updatable = false)
    private Long patientChecklistId;

    protected Shipment() {
    }

    /**
     * @param idempotencyKey        client key making retries safe
     * @param facility              destination
     * @param product               product
     * @param yjCode                strength shipped
     * @param quantity              units (&gt; 0)
     * @param orderReference        distributor's order reference or {@code null}
     * @param distributor           the distributor organisation's name (as shown when shipped)
     * @param distributorId         the distributor organisation's id (idempotency keys are unique per distributor)
     * @param decision              the stored ELIGIBLE decision that let it pass
     * @param shippedAt             when recorded
     * @param releasedFirstDelivery true when this shipment released the first-delivery restriction
     */
    public Shipment(String idempotencyKey, Facility facility, Product product, String yjCode, int quantity,
            String orderReference, String distributor, Long distributorId, StoredDecision decision,
            Instant shippedAt, boolean releasedFirstDelivery) {
        this(idempotencyKey, facility, product, yjCode, quantity, orderReference, distributor, distributorId, decision,
                shippedAt, releasedFirstDelivery, null);
    }

    /**
     * A delivery for one patient (issue 12), otherwise as {@link #Shipment(String, Facility, Product, String, int,
     * String, String, Long, StoredDecision, Instant, boolean)}.
     *
     * @param idempotencyKey        client key making retries safe
     * @param facility              destination
     * @param product               product
     * @param yjCode                strength shipped
     * @param quantity              units (&gt; 0)
     * @param orderReference        distributor's order reference or {@code null}
     * @param distributor           the distributor organisation's name (as shown when shipped)
     * @param distributorId         the distributor organisation's id
     * @param decision              the stored ELIGIBLE decision that let it pass
     * @param shippedAt             when recorded
     * @param releasedFirstDelivery true when this shipment released the first-delivery restriction
     * @param patientChecklistId    the patient's checklist it names, or {@code null} for a product not per patient
     */
    public Shipment(String idempotencyKey, Facility facility, Product product, String yjCode, int quantity,
            String orderReference, String distributor, Long distributorId, StoredDecision decision,
            Instant shippedAt, boolean releasedFirstDelivery, Long patientChecklistId) {
        this.patientChecklistId = patientChecklistId;
        this.distributorId = distributorId;
        if (quantity <= 0) {
            throw new IllegalArgumentException("quantity must be positive");
        }
        this.idempotencyKey = idempotencyKey;
        this.facility = facility;
        this.product = product;
        this.yjCode = yjCode;
        this.quantity = quantity;
        this.orderReference = orderReference;
        this.distributor = distributor;
        this.decision = decision;
        this.shippedAt = shippedAt;
        this.releasedFirstDelivery = releasedFirstDelivery;
    }

    /** @return the patient's checklist a per-patient delivery names, or {@code null} */
    public Long getPatientChecklistId() {
        return patientChecklistId;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the idempotency key */
    public String getIdempotencyKey() {
        return idempotencyKey;
    }

    /** @return the distributor organisation's id */
    public Long getDistributorId() {
        return distributorId;
    }

    /** @return the facility */
    public Facility getFacility() {
        return facility;
    }

    /** @return the product */
    public Product getProduct() {
        return product;
    }

    /** @return the YJ code */
    public String getYjCode() {
        return yjCode;
    }

    /** @return the quantity */
    public int getQuantity() {
        return quantity;
    }

    /** @return the order reference */
    public String getOrderReference() {
        return orderReference;
    }

    /** @return the distributor */
    public String getDistributor() {
        return distributor;
    }

    /** @return the decision */
    public StoredDecision getDecision() {
        return decision;
    }

    /** @return the shipped at */
    public Instant getShippedAt() {
        return shippedAt;
    }

    /** @return whether released first delivery */
    public boolean isReleasedFirstDelivery() {
        return releasedFirstDelivery;
    }
}
