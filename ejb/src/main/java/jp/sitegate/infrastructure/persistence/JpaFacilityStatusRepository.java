package jp.sitegate.infrastructure.persistence;

import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.facility.Facility;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.sitegate.domain.model.status.FacilityStatus;
import jp.sitegate.domain.model.status.FacilityStatusRepository;
import jp.sitegate.domain.model.status.StatusChange;

/** {@link FacilityStatusRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaFacilityStatusRepository extends JpaAdapter implements FacilityStatusRepository {
    /** For the container. */
    protected JpaFacilityStatusRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaFacilityStatusRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<FacilityStatus> of(long facilityId, long productId) {
        return em.createNamedQuery("FacilityStatus.find", FacilityStatus.class).setParameter("facilityId", facilityId)
                .setParameter("productId", productId).getResultStream().findFirst();
    }

    @Override
    public void add(FacilityStatus status) {
        em.persist(status);
    }

    @Override
    public void add(StatusChange change) {
        em.persist(change);
    }

    @Override
    public void addFlushed(StatusChange change) {
        em.persist(change);
        em.flush();
    }

    @Override
    public Set<Long> trackedFacilityIds() {
        Set<Long> ids = new TreeSet<>(em.createQuery("SELECT DISTINCT s.facility.id FROM FacilityStatus s", Long.class)
                .getResultList());
        ids.addAll(em.createQuery("SELECT DISTINCT l.facility.id FROM TocilizumabLot l", Long.class).getResultList());
        return ids;
    }

    @Override
    public List<Facility> facilitiesTracking(Product product) {
        return em.createQuery("SELECT DISTINCT s.facility FROM FacilityStatus s WHERE s.product = :p", Facility.class)
                .setParameter("p", product).getResultList();
    }

    @Override
    public boolean tracked(Facility facility) {
        return !em.createQuery("SELECT s FROM FacilityStatus s WHERE s.facility = :f", FacilityStatus.class)
                .setParameter("f", facility).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public List<StatusChange> history(long facilityId) {
        return em.createNamedQuery("StatusChange.ofFacility", StatusChange.class).setParameter("facilityId", facilityId)
                .getResultList();
    }
}
