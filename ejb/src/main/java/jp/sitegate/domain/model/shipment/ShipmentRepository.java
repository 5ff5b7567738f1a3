package jp.sitegate.domain.model.shipment;

/**
 * Shipments recorded through the gate (REQUIREMENTS.md §7) (issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaShipmentRepository}).
 */
public interface ShipmentRepository {

    /**
     * @param idempotencyKey the key a distributor sent with a shipment
     * @param distributorId  the distributor's organisation
     * @return the shipment already recorded with that key, if any
     */
    java.util.Optional<Shipment> byKey(String idempotencyKey, long distributorId);

    /**
     * @param manufacturerId a manufacturer
     * @param facilityId     a facility
     * @return true when one of the manufacturer's products was shipped to the facility
     */
    boolean anyOfManufacturerAt(long manufacturerId, long facilityId);

    /**
     * @param patientChecklistIds patient checklists (Abecma, ABE-PAT-1)
     * @return the first shipment that used each of them, by checklist id (absent when unused)
     */
    java.util.Map<Long, Long> usingChecklists(java.util.Collection<Long> patientChecklistIds);

    /**
     * @param distributorId  only this distributor's shipments, or {@code null}
     * @param manufacturerId only shipments of this manufacturer's products, or {@code null}
     * @param filter         period, facility and product ({@link Filter#NONE} for all)
     * @param sorting        by shippedAt, facility, product, quantity or orderReference, or {@link jp.sitegate.domain.shared.Sorting#NONE}
     *                       for newest first (issue 14)
     * @param first          index of the first row
     * @param max            at most this many rows
     * @return the shipments with facility, product and decision, in that order (newest first among equals)
     * @throws jp.sitegate.domain.shared.InvalidInputException naming {@code sort} for another column
     */
    jp.sitegate.domain.shared.Slice<Shipment> page(Long distributorId, Long manufacturerId, Filter filter,
            jp.sitegate.domain.shared.Sorting sorting, int first, int max);

    /**
     * What a shipments list shows (issue 14): a period, a facility, a product; each {@code null} for any.
     *
     * @param from      shipped at or after
     * @param to        shipped before
     * @param facility  only this facility
     * @param productId only this product
     */
    record Filter(java.time.Instant from, java.time.Instant to,
            jp.sitegate.domain.model.facility.MedicalInstitutionCode facility, Long productId) {
        /** No filter. */
        public static final Filter NONE = new Filter(null, null, null, null);
    }

    /**
     * @param idempotencyKey an idempotency key
     * @return true when some distributor recorded a shipment with it
     */
    boolean anyWithKey(String idempotencyKey);
}
