package jp.sitegate.infrastructure.persistence;

import jp.sitegate.domain.shared.Slice;
import jp.sitegate.domain.model.shipment.Shipment;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jp.sitegate.domain.model.shipment.ShipmentRepository;

/** {@link ShipmentRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaShipmentRepository extends JpaAdapter implements ShipmentRepository {
    /** For the container. */
    protected JpaShipmentRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaShipmentRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<Shipment> byKey(String idempotencyKey, long distributorId) {
        return em.createNamedQuery("Shipment.byKey", Shipment.class).setParameter("key", idempotencyKey)
                .setParameter("distributor", distributorId).getResultStream().findFirst();
    }

    @Override
    public boolean anyOfManufacturerAt(long manufacturerId, long facilityId) {
        return em.createQuery("SELECT COUNT(s) FROM Shipment s WHERE s.facility.id = :facility "
                + "AND s.product.manufacturerId = :org", Long.class).setParameter("org", manufacturerId)
                .setParameter("facility", facilityId).getSingleResult() > 0;
    }

    @Override
    public Map<Long, Long> usingChecklists(Collection<Long> patientChecklistIds) {
        Map<Long, Long> out = new HashMap<>();
        if (patientChecklistIds.isEmpty()) {
            return out;
        }
        for (Object[] row : em.createQuery("SELECT s.patientChecklistId, s.id FROM Shipment s "
                + "WHERE s.patientChecklistId IN :ids ORDER BY s.id", Object[].class)
                .setParameter("ids", patientChecklistIds).getResultList()) {
            out.putIfAbsent((Long) row[0], (Long) row[1]);
        }
        return out;
    }

    /** What each column a shipments list sorts by (issue 14) sorts by. */
    private static final java.util.Map<String, String> SORT_BY = java.util.Map.of("shippedAt", "s.shippedAt",
            "facility", "s.facility.code", "product", "s.product.nameJa", "quantity", "s.quantity",
            "orderReference", "s.orderReference");

    @Override
    public Slice<Shipment> page(Long distributorId, Long manufacturerId, Filter filter,
            jp.sitegate.domain.shared.Sorting sorting, int first, int max) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        java.util.Map<String, Object> params = new java.util.HashMap<>();
        if (distributorId != null || manufacturerId != null) {
            where.append(distributorId != null ? " AND s.distributorId = :org" : " AND s.product.manufacturerId = :org");
            params.put("org", distributorId != null ? distributorId : manufacturerId);
        }
        if (filter.from() != null) {
            where.append(" AND s.shippedAt >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.append(" AND s.shippedAt < :to");
            params.put("to", filter.to());
        }
        if (filter.facility() != null) {
            where.append(" AND s.facility.code = :facility");
            params.put("facility", filter.facility());
        }
        if (filter.productId() != null) {
            where.append(" AND s.product.id = :product");
            params.put("product", filter.productId());
        }
        var count = em.createQuery("SELECT COUNT(s) FROM Shipment s" + where, Long.class);
        var query = em.createQuery("SELECT s FROM Shipment s JOIN FETCH s.facility JOIN FETCH s.product "
                + "JOIN FETCH s.decision" + where + sorting.orderBy(SORT_BY, "s.shippedAt DESC, s.id DESC"), Shipment.class);
        params.forEach((k, v) -> {
            count.setParameter(k, v);
            query.setParameter(k, v);
        });
        return new Slice<>(query.setFirstResult(first).setMaxResults(max).getResultList(), count.getSingleResult());
    }

    @Override
    public boolean anyWithKey(String idempotencyKey) {
        return !em.createQuery("SELECT s.id FROM Shipment s WHERE s.idempotencyKey = :key", Long.class)
                .setParameter("key", idempotencyKey).setMaxResults(1).getResultList().isEmpty();
    }
}
