package jp.sitegate.domain.model.shipment;

import java.util.List;

/**
 * What the manufacturer decided about supplying a facility: supply suspensions (issue 11) and first-delivery
 * releases (LUN-DST-2) (issue 13: the JPA adapter is {@code infrastructure.persistence.JpaSupplyRepository}).
 */
public interface SupplyRepository {
    /**
     * @param facilityId a facility
     * @return its supply suspensions, lifted ones included
     */
    List<SupplySuspension> suspensionsOf(long facilityId);

    /**
     * @param facilityId a facility
     * @param productId  a product
     * @return the releases of the product's first-delivery restriction at the facility
     */
    List<DeliveryRelease> releases(long facilityId, long productId);

    /**
     * @param facilityIds facilities (at most a batch chunk's; not empty)
     * @return their supply suspensions, lifted ones included, by facility id (each facility given has an entry), in
     *         one query (issue 16)
     */
    java.util.Map<Long, List<SupplySuspension>> suspensionsOf(java.util.Collection<Long> facilityIds);

    /**
     * @param facilityIds facilities (at most a batch chunk's; not empty)
     * @return when each product's first-delivery restriction was released at them: facility id → product id →
     *         moments, in one query (issue 16)
     */
    java.util.Map<Long, java.util.Map<Long, List<java.time.Instant>>> releasesOf(
            java.util.Collection<Long> facilityIds);

    /**
     * @param manufacturerId a manufacturer
     * @return its supply suspensions, lifted ones included
     */
    List<SupplySuspension> suspensionsBy(long manufacturerId);
}
