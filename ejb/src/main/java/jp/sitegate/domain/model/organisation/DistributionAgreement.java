package jp.sitegate.domain.model.organisation;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Set;
import java.util.TreeSet;
import jp.sitegate.domain.shared.InvalidInputException;

/**
 * 特約店契約 (issue 10): a manufacturer authorises a distributor to ship all of its products, or the products
 * listed, from one day to another (open-ended when there is no last day). A shipment or batch line from a
 * distributor without an agreement in force for the product that day is refused. Organisations are referenced by
 * id (other aggregates).
 */
@Entity
@Table(name = "distribution_agreement")
@NamedQuery(name = "DistributionAgreement.between", query = "SELECT a FROM DistributionAgreement a "
        + "WHERE a.manufacturerId = :manufacturer AND a.distributorId = :distributor ORDER BY a.validFrom, a.id")
@NamedQuery(name = "DistributionAgreement.ofManufacturer", query = "SELECT a FROM DistributionAgreement a "
        + "WHERE a.manufacturerId = :manufacturer")
@NamedQuery(name = "DistributionAgreement.ofOrganisation", query = "SELECT a FROM DistributionAgreement a "
        + "WHERE a.manufacturerId = :org OR a.distributorId = :org ORDER BY a.validFrom DESC, a.id DESC")
public class DistributionAgreement {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "manufacturer_id", nullable = false, updatable = false)
    private Long manufacturerId;

    @Column(name = "distributor_id", nullable = false, updatable = false)
    private Long distributorId;

    @Column(name = "all_products", nullable = false, updatable = false)
    private boolean allProducts;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "distribution_agreement_product", joinColumns = @JoinColumn(name = "agreement_id"))
    @Column(name = "product_id")
    private Set<Long> productIds = new TreeSet<>();

    @Column(name = "valid_from", nullable = false, updatable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected DistributionAgreement() {
    }

    /**
     * @param manufacturer the manufacturer (kind MANUFACTURER)
     * @param distributor  the distributor (kind DISTRIBUTOR)
     * @param productIds   the manufacturer's products covered, or empty for all of them
     * @param validFrom    first day in force
     * @param validTo      last day in force, or {@code null} for open-ended
     * @param now          creation moment
     * @throws InvalidInputException naming {@code distributorId} when the organisations are not a manufacturer and a
     *                               distributor, {@code validFrom} when missing, {@code validTo} when before
     *                               {@code validFrom}
     */
    public DistributionAgreement(Organisation manufacturer, Organisation distributor, Set<Long> productIds,
            LocalDate validFrom, LocalDate validTo, Instant now) {
        if (manufacturer.getKind() != OrganisationKind.MANUFACTURER) {
            throw InvalidInputException.of("organisationId", "agreement.only-manufacturer-makes-distribution");
        }
        if (distributor == null || distributor.getKind() != OrganisationKind.DISTRIBUTOR) {
            throw InvalidInputException.of("distributorId", "agreement.distributorid-distributor");
        }
        if (validFrom == null) {
            throw InvalidInputException.of("validFrom", "agreement.validfrom-required");
        }
        if (validTo != null && validTo.isBefore(validFrom)) {
            throw InvalidInputException.of("validTo", "agreement.validto-not-before-validfrom");
        }
        this.manufacturerId = manufacturer.getId();
        this.distributorId = distributor.getId();
        this.allProducts = productIds.isEmpty();
        this.productIds = new TreeSet<>(productIds);
        this.validFrom = validFrom;
        this.validTo = validTo;
        this.createdAt = now;
    }

    /**
     * @param productId a product of the manufacturer
     * @param day       a day (Japan)
     * @return true when this agreement authorises the product on that day
     */
    public boolean authorises(long productId, LocalDate day) {
        return inForceOn(day) && (allProducts || productIds.contains(productId));
    }

    /**
     * @param day a day
     * @return true when the day lies within the agreement's period
     */
    public boolean inForceOn(LocalDate day) {
        return !day.isBefore(validFrom) && (validTo == null || !day.isAfter(validTo));
    }

    /**
     * Two agreements of the same manufacturer and distributor overlap when their periods share a day and their
     * products share one (an all-products agreement shares every product).
     *
     * @param other another agreement between the same organisations
     * @return true when they overlap
     */
    public boolean overlaps(DistributionAgreement other) {
        boolean periods = !(validTo != null && validTo.isBefore(other.validFrom))
                && !(other.validTo != null && other.validTo.isBefore(validFrom));
        boolean products = allProducts || other.allProducts
                || productIds.stream().anyMatch(other.productIds::contains);
        return periods && products;
    }

    /**
     * Ends the agreement.
     *
     * @param lastDay last day in force (not before the first)
     * @throws InvalidInputException naming {@code validTo} when before the first day
     */
    public void end(LocalDate lastDay) {
        if (lastDay == null || lastDay.isBefore(validFrom)) {
            throw InvalidInputException.of("validTo", "agreement.validto-not-before-validfrom");
        }
        this.validTo = lastDay;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the manufacturer's organisation id */
    public Long getManufacturerId() {
        return manufacturerId;
    }

    /** @return the distributor's organisation id */
    public Long getDistributorId() {
        return distributorId;
    }

    /** @return true when it covers all the manufacturer's products */
    public boolean isAllProducts() {
        return allProducts;
    }

    /** @return the products covered (empty when all) */
    public Set<Long> getProductIds() {
        return Collections.unmodifiableSet(productIds);
    }

    /** @return first day in force */
    public LocalDate getValidFrom() {
        return validFrom;
    }

    /** @return last day in force, or {@code null} */
    public LocalDate getValidTo() {
        return validTo;
    }

    /** @return the optimistic-lock version */
    public long getVersion() {
        return version;
    }
}
