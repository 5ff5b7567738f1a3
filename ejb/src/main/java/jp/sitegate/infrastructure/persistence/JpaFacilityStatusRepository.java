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

    @Override
    public java.util.Map<String, java.util.Map<Long, jp.sitegate.domain.model.status.StatusLevel>> levels(
            java.util.Collection<jp.sitegate.domain.model.facility.MedicalInstitutionCode> codes) {
        java.util.Map<String, java.util.Map<Long, jp.sitegate.domain.model.status.StatusLevel>> out =
                new java.util.HashMap<>();
        if (codes.isEmpty()) {
            return out;
        }
        for (Object[] r : em.createQuery("SELECT s.facility.code, s.product.id, s.status FROM FacilityStatus s "
                + "WHERE s.facility.code IN :codes", Object[].class).setParameter("codes", codes).getResultList()) {
            out.computeIfAbsent(((jp.sitegate.domain.model.facility.MedicalInstitutionCode) r[0]).value(),
                    k -> new java.util.HashMap<>()).put((Long) r[1],
                    (jp.sitegate.domain.model.status.StatusLevel) r[2]);
        }
        return out;
    }

    @Override
    public List<Long> untrackedWithFacts() {
        List<?> ids = em.createNativeQuery("SELECT f.id FROM facility f WHERE NOT EXISTS (SELECT 1 FROM facility_status s "
                + "WHERE s.facility_id = f.id) AND (EXISTS (SELECT 1 FROM briefing b WHERE b.facility_id = f.id) "
                + "OR EXISTS (SELECT 1 FROM fact_declaration d WHERE d.facility_id = f.id) "
                + "OR EXISTS (SELECT 1 FROM employment e WHERE e.facility_id = f.id) "
                + "OR EXISTS (SELECT 1 FROM tocilizumab_lot l WHERE l.facility_id = f.id) "
                + "OR EXISTS (SELECT 1 FROM facility_partnership p WHERE p.facility_id = f.id) "
                + "OR EXISTS (SELECT 1 FROM supply_suspension x WHERE x.facility_id = f.id)) ORDER BY f.id")
                .getResultList();
        return ids.stream().map(n -> ((Number) n).longValue()).toList();
    }

    @Override
    public List<Object[]> changesOfProduct(long productId) {
        return em.createQuery("SELECT c.facility.id, c.toStatus, c.changedAt FROM StatusChange c WHERE c.product.id = :p "
                + "ORDER BY c.changedAt, c.id", Object[].class).setParameter("p", productId).getResultList();
    }
}
