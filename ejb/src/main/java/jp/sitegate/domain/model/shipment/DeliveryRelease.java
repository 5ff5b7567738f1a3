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
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.Product;

/** Release of the first-delivery restriction (初回納入制限の解除, LUN-DST-2) for a facility and product. */
@Entity
@Table(name = "delivery_release")
@NamedQuery(name = "DeliveryRelease.ofFacilities", query = "SELECT r.facility.id, r.product.id, r.releasedAt "
        + "FROM DeliveryRelease r WHERE r.facility.id IN :ids")
@NamedQuery(name = "DeliveryRelease.find",
        query = "SELECT r FROM DeliveryRelease r WHERE r.facility.id = :facilityId AND r.product.id = :productId")
public class DeliveryRelease {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", updatable = false)
    private Facility facility;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "shipment_id", updatable = false)
    private Shipment shipment;

    @Column(name = "released_at", nullable = false, updatable = false)
    private Instant releasedAt;

    protected DeliveryRelease() {
    }

    /**
     * @param shipment   the first permitted delivery
     * @param releasedAt when released
     */
    public DeliveryRelease(Shipment shipment, Instant releasedAt) {
        this.facility = shipment.getFacility();
        this.product = shipment.getProduct();
        this.shipment = shipment;
        this.releasedAt = releasedAt;
    }

    /** @return the released at */
    public Instant getReleasedAt() {
        return releasedAt;
    }

    /** @return the shipment */
    public Shipment getShipment() {
        return shipment;
    }
}
