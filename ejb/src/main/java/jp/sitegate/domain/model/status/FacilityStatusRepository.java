package jp.sitegate.domain.model.status;

import java.util.Optional;
import java.util.Set;

/**
 * The stored status of each (facility, product) and its history (issue 5; issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaFacilityStatusRepository}).
 */
public interface FacilityStatusRepository {
    /**
     * @param facilityId a facility
     * @param productId  a product
     * @return the stored status, if the pair was evaluated before
     */
    Optional<FacilityStatus> of(long facilityId, long productId);

    /** @param status a first status, stored */
    void add(FacilityStatus status);

    /** @param change a status change (a first evaluation), stored */
    void add(StatusChange change);

    /** @param change a status change, stored and flushed: its id keys the notifications about it */
    void addFlushed(StatusChange change);

    /** @return ids of the facilities the nightly run re-evaluates: with a status or with tocilizumab lots */
    Set<Long> trackedFacilityIds();

    /**
     * @param product a product
     * @return the facilities with a stored status for it
     */
    java.util.List<jp.sitegate.domain.model.facility.Facility> facilitiesTracking(
            jp.sitegate.domain.model.product.Product product);

    /**
     * @param facility a facility
     * @return true when it has a stored status for some product
     */
    boolean tracked(jp.sitegate.domain.model.facility.Facility facility);

    /**
     * @param facilityId a facility
     * @return its status changes, newest first
     */
    java.util.List<StatusChange> history(long facilityId);

    /**
     * The stored statuses of a page of facilities (issue 14: the MR's list reads them instead of evaluating).
     *
     * @param codes facilities (at most a page)
     * @return facility code → product id → stored level; a pair never evaluated is absent
     */
    java.util.Map<String, java.util.Map<Long, StatusLevel>> levels(
            java.util.Collection<jp.sitegate.domain.model.facility.MedicalInstitutionCode> codes);

    /**
     * Facilities whose facts someone recorded (briefings, declarations, employments, lots, partnerships, supply
     * suspensions) that have no stored status yet — data loaded by migrations rather than through
     * {@code FactsChanged}; evaluated once at start-up so that every status filter reads a stored status.
     *
     * @return their ids
     */
    java.util.List<Long> untrackedWithFacts();

    /**
     * @param productId a product
     * @return its status changes at every facility, oldest first, as (facility id, to-status, changed at) — the
     *         safety manager's trend chart (issue 14)
     */
    java.util.List<Object[]> changesOfProduct(long productId);
}
