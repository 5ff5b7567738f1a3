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
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.Reason;

/**
 * A manufacturer's suspension of supply to a facility (出荷停止, REQUIREMENTS.md §8, issue 11): for one of its products
 * or all of them, with reason and author; in force from when it was made until it is lifted or its last day ends,
 * whatever the first-delivery release (LUN-DST-2) says. Kept when lifted.
 */
@Entity
@Table(name = "supply_suspension")
@NamedQuery(name = "SupplySuspension.ofFacility", query = "SELECT s FROM SupplySuspension s "
        + "WHERE s.facility.id = :facilityId ORDER BY s.suspendedAt DESC, s.id DESC")
@NamedQuery(name = "SupplySuspension.ofFacilities", query = "SELECT s.facility.id, s FROM SupplySuspension s "
        + "WHERE s.facility.id IN :ids ORDER BY s.suspendedAt DESC, s.id DESC")
@NamedQuery(name = "SupplySuspension.ofManufacturer", query = "SELECT s FROM SupplySuspension s JOIN FETCH s.facility "
        + "WHERE s.manufacturerId = :manufacturerId AND s.liftedAt IS NULL ORDER BY s.suspendedAt DESC, s.id DESC")
public class SupplySuspension {
    /** Longest reason, characters (the column's). */
    public static final int MAX_REASON = 500;
    private static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "facility_id", updatable = false)
    private Facility facility;

    @Column(name = "manufacturer_id", nullable = false, updatable = false)
    private Long manufacturerId;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "product_id", updatable = false)
    private Product product;

    @Column(name = "reason", nullable = false, updatable = false, length = MAX_REASON)
    private String reason;

    @Column(name = "suspended_at", nullable = false, updatable = false)
    private Instant suspendedAt;

    @Column(name = "suspended_by", nullable = false, updatable = false)
    private String suspendedBy;

    @Column(name = "until_date", updatable = false)
    private LocalDate untilDate;

    @Column(name = "lifted_at")
    private Instant liftedAt;

    @Column(name = "lifted_by")
    private String liftedBy;

    @Version
    private long version;

    protected SupplySuspension() {
    }

    /**
     * @param facility       the facility
     * @param manufacturerId the manufacturer suspending
     * @param product        one of its products, or {@code null} for all of them
     * @param reason         why (1–{@value #MAX_REASON} characters)
     * @param suspendedAt    when
     * @param suspendedBy    who (user name)
     * @param untilDate      last day in force, or {@code null} until lifted
     * @throws InvalidInputException naming {@code reason}, {@code product} (another manufacturer's) or {@code until}
     *                               (before the day it is made)
     */
    public SupplySuspension(Facility facility, long manufacturerId, Product product, String reason,
            Instant suspendedAt, String suspendedBy, LocalDate untilDate) {
        if (reason == null || reason.isBlank() || reason.strip().length() > MAX_REASON) {
            throw InvalidInputException.of("reason", "suspension.reason-required-most-characters", MAX_REASON);
        }
        if (product != null && !Long.valueOf(manufacturerId).equals(product.getManufacturerId())) {
            throw InvalidInputException.of("product", "suspension.not-product-manufacturer",
                    new Reason(product.getNameJa(), product.getNameEn()));
        }
        if (untilDate != null && untilDate.isBefore(suspendedAt.atZone(JAPAN).toLocalDate())) {
            throw InvalidInputException.of("until", "suspension.until-not-past");
        }
        this.facility = facility;
        this.manufacturerId = manufacturerId;
        this.product = product;
        this.reason = reason.strip();
        this.suspendedAt = suspendedAt;
        this.suspendedBy = suspendedBy;
        this.untilDate = untilDate;
    }

    /**
     * @param at a moment
     * @return true when the suspension is in force then: made, not yet lifted, its last day not over (Japan)
     */
    public boolean inForceAt(Instant at) {
        return !suspendedAt.isAfter(at) && (liftedAt == null || at.isBefore(liftedAt))
                && (untilDate == null || !at.atZone(JAPAN).toLocalDate().isAfter(untilDate));
    }

    /**
     * @param productId a product
     * @return true when the suspension covers it (it names it, or names none: all the manufacturer's products)
     */
    public boolean covers(long productId) {
        return product == null || product.getId() == productId;
    }

    /**
     * Lifts the suspension.
     *
     * @param at when
     * @param by who (user name)
     * @throws ConflictException naming {@code id} when it was lifted already
     */
    public void lift(Instant at, String by) {
        if (liftedAt != null) {
            throw ConflictException.of("id", "suspension.suspension-was-lifted-already");
        }
        this.liftedAt = at;
        this.liftedBy = by;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the facility */
    public Facility getFacility() {
        return facility;
    }

    /** @return the manufacturer's organisation id */
    public Long getManufacturerId() {
        return manufacturerId;
    }

    /** @return the product, or {@code null} for all the manufacturer's products */
    public Product getProduct() {
        return product;
    }

    /** @return the reason */
    public String getReason() {
        return reason;
    }

    /** @return when it was made */
    public Instant getSuspendedAt() {
        return suspendedAt;
    }

    /** @return who made it */
    public String getSuspendedBy() {
        return suspendedBy;
    }

    /** @return its last day, or {@code null} until lifted */
    public LocalDate getUntilDate() {
        return untilDate;
    }

    /** @return when it was lifted, or {@code null} */
    public Instant getLiftedAt() {
        return liftedAt;
    }

    /** @return who lifted it, or {@code null} */
    public String getLiftedBy() {
        return liftedBy;
    }

    /** @return the optimistic-lock version */
    public long getVersion() {
        return version;
    }
}
