package jp.sitegate.infrastructure.persistence;

import jp.sitegate.domain.shared.Slice;
import jakarta.persistence.TypedQuery;
import java.util.Map;
import java.util.HashMap;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.facility.FacilityRepository;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;

/** {@link FacilityRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaFacilityRepository extends JpaAdapter implements FacilityRepository {
    /** For the container. */
    protected JpaFacilityRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaFacilityRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Facility> byCode(MedicalInstitutionCode code) {
        return em.createNamedQuery("Facility.byCode", Facility.class).setParameter("code", code).getResultStream()
                .findFirst();
    }

    @Override
    public List<Facility> byCodes(java.util.Collection<MedicalInstitutionCode> codes) {
        return codes.isEmpty() ? List.of() : em.createNamedQuery("Facility.byCodes", Facility.class)
                .setParameter("codes", codes).getResultList();
    }

    @Override
    public Optional<Facility> byId(long id) {
        return Optional.ofNullable(em.find(Facility.class, id));
    }

    @Override
    public List<Facility> ofPrefecture(String prefectureCode) {
        return em.createNamedQuery("Facility.byPrefecture", Facility.class).setParameter("pref", prefectureCode)
                .getResultList();
    }

    /** What each column a facility list sorts by (issue 14) sorts by. */
    private static final Map<String, String> SORT_BY = Map.of("code", "f.code", "name", "f.name", "prefecture",
            "f.prefectureCode");

    @Override
    public Slice<Facility> search(String prefectureCode, MedicalInstitutionCode code, String nameContains,
            StatusFilter status, java.util.Collection<MedicalInstitutionCode> among,
            jp.sitegate.domain.shared.Sorting sorting, int first, int max) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (prefectureCode != null) {
            where.append(" AND f.prefectureCode = :pref");
            params.put("pref", prefectureCode);
        }
        if (code != null) {
            where.append(" AND f.code = :code");
            params.put("code", code);
        }
        if (nameContains != null) {
            where.append(" AND f.name LIKE :q");
            params.put("q", "%" + nameContains.replace("%", "").replace("_", "") + "%");
        }
        if (among != null) {
            where.append(" AND f.code IN :among");
            params.put("among", among);
        }
        if (status != null) {
            // issue 14: the stored status, one indexed lookup per facility (uk facility_id, product_id)
            String stored = "SELECT s.id FROM FacilityStatus s WHERE s.facility = f AND s.product.id = :sp";
            where.append(status.level() == null ? " AND NOT EXISTS (" + stored + ")"
                    : " AND EXISTS (" + stored + " AND s.status = :sl)");
            params.put("sp", status.productId());
            if (status.level() != null) {
                params.put("sl", status.level());
            }
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(f) FROM Facility f" + where, Long.class);
        TypedQuery<Facility> items = em.createQuery("SELECT f FROM Facility f" + where
                + sorting.orderBy(SORT_BY, "f.code"), Facility.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            items.setParameter(k, v);
        });
        return new Slice<>(items.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
    }

    @Override
    public List<Long> allIds() {
        return em.createQuery("SELECT f.id FROM Facility f ORDER BY f.code", Long.class).getResultList();
    }

    @Override
    public List<Facility> suggest(String text, int max) {
        String t = text.replace("%", "").replace("_", "");
        boolean digits = t.chars().allMatch(Character::isDigit);
        // the ranking is SQL's (one round trip); the entities are then read by id in that order
        String hospitalsFirst = "CASE WHEN beds_total > 0 THEN 0 ELSE 1 END";
        jakarta.persistence.Query q = digits
                ? em.createNativeQuery("SELECT id FROM facility WHERE code LIKE ?1 ORDER BY " + hospitalsFirst
                        + ", COALESCE(beds_total, 0) DESC, code").setParameter(1, t + "%")
                : em.createNativeQuery("SELECT id FROM facility WHERE name LIKE ?1 ORDER BY " + hospitalsFirst
                        + ", CASE WHEN name LIKE ?2 THEN 0 ELSE 1 END, COALESCE(beds_total, 0) DESC, code")
                        .setParameter(1, "%" + t + "%").setParameter(2, t + "%");
        @SuppressWarnings("unchecked")
        List<Object> ids = q.setMaxResults(Math.max(1, Math.min(max, 50))).getResultList();
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Long> order = ids.stream().map(id -> ((Number) id).longValue()).toList();
        java.util.Map<Long, Facility> byId = new java.util.HashMap<>();
        em.createQuery("SELECT f FROM Facility f WHERE f.id IN :ids", Facility.class).setParameter("ids", order)
                .getResultList().forEach(f -> byId.put(f.getId(), f));
        return order.stream().map(byId::get).toList();
    }
}
