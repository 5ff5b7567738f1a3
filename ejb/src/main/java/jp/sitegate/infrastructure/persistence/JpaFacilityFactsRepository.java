package jp.sitegate.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.eligibility.FacilityFactsRepository;
import jp.sitegate.domain.model.facility.Facility;

/**
 * {@link FacilityFactsRepository} over JPA (issue 13): the queries are {@link FacilityFactsLoader}'s and
 * {@link DeclarationHistory}'s.
 */
@ApplicationScoped
public class JpaFacilityFactsRepository extends JpaAdapter implements FacilityFactsRepository {
    /** For the container. */
    protected JpaFacilityFactsRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaFacilityFactsRepository(EntityManager em) {
        super(em);
    }

    @Override
    public FacilityFacts load(Facility facility, long productId, Instant moment) {
        return FacilityFactsLoader.load(em, facility, productId, moment);
    }

    @Override
    public Map<Long, Map<Long, FacilityFacts>> loadAll(Collection<Facility> facilities, Collection<Long> productIds,
            Instant moment) {
        return FacilityFactsLoader.loadAll(em, facilities, productIds, moment);
    }

    @Override
    public FacilityFacts forProduct(FacilityFacts facts, Facility facility, long productId) {
        return FacilityFactsLoader.forProduct(em, facts, facility, productId);
    }

    @Override
    public FacilityFacts asOf(Facility facility, FacilityFacts facts, Instant moment) {
        return DeclarationHistory.asOf(em, facility, facts, moment);
    }

    @Override
    public Map<Long, List<FacilityFacts.IcuFilingFact>> filings(Collection<Long> facilityIds) {
        return FacilityFactsLoader.filings(em, facilityIds);
    }

    @Override
    public List<FacilityFacts.LotFact> lots(Facility facility, Instant moment) {
        return FacilityFactsLoader.lots(em, facility, moment);
    }
}
