package jp.sitegate.domain.model.eligibility;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.sitegate.domain.model.facility.Facility;

/**
 * Reads what a profile's criteria read about a facility in a fixed number of queries (REQUIREMENTS.md §7; issue 13:
 * the JPA adapter is {@code infrastructure.persistence.JpaFacilityFactsRepository}).
 */
public interface FacilityFactsRepository {
    /**
     * @param facility  the facility
     * @param productId the product whose briefings are read, or {@code -1} for none
     * @param moment    the moment evaluated (stock and employments as of then)
     * @return the facts
     */
    FacilityFacts load(Facility facility, long productId, Instant moment);

    /**
     * The facts of several facilities for several products at one moment, read together (issue 16: a batch chunk
     * reads set-wise; one SELECT whatever the number).
     *
     * @param facilities the facilities (not empty)
     * @param productIds the products whose briefings are read (not empty)
     * @param moment     the moment evaluated
     * @return facility id → product id → facts, for every facility and product given
     */
    Map<Long, Map<Long, FacilityFacts>> loadAll(Collection<Facility> facilities, Collection<Long> productIds,
            Instant moment);

    /**
     * @param facts     facts already read for another product of the same facility and moment
     * @param facility  the facility
     * @param productId the product
     * @return the same facts with that product's briefings
     */
    FacilityFacts forProduct(FacilityFacts facts, Facility facility, long productId);

    /**
     * @param facility the facility
     * @param facts    its present facts
     * @param moment   a past moment
     * @return the facts with the declarations (and their confirmations) in force at {@code moment}
     */
    FacilityFacts asOf(Facility facility, FacilityFacts facts, Instant moment);

    /**
     * @param facilityIds facilities
     * @return their ICU filings, by facility id
     */
    Map<Long, List<FacilityFacts.IcuFilingFact>> filings(Collection<Long> facilityIds);

    /**
     * @param facility the facility
     * @param moment   the moment
     * @return its tocilizumab lots with the vials on hand at {@code moment}
     */
    List<FacilityFacts.LotFact> lots(Facility facility, Instant moment);
}
