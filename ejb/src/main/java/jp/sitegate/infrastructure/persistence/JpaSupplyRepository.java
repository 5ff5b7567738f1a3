package jp.sitegate.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import jp.sitegate.domain.model.shipment.DeliveryRelease;
import jp.sitegate.domain.model.shipment.SupplyRepository;
import jp.sitegate.domain.model.shipment.SupplySuspension;

/** {@link SupplyRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaSupplyRepository extends JpaAdapter implements SupplyRepository {
    /** For the container. */
    protected JpaSupplyRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaSupplyRepository(EntityManager em) {
        super(em);
    }

    @Override
    public List<SupplySuspension> suspensionsOf(long facilityId) {
        return em.createNamedQuery("SupplySuspension.ofFacility", SupplySuspension.class)
                .setParameter("facilityId", facilityId).getResultList();
    }

    @Override
    public java.util.Map<Long, List<SupplySuspension>> suspensionsOf(java.util.Collection<Long> facilityIds) {
        java.util.Map<Long, List<SupplySuspension>> out = new java.util.HashMap<>();
        facilityIds.forEach(id -> out.put(id, new java.util.ArrayList<>()));
        for (Object[] row : em.createNamedQuery("SupplySuspension.ofFacilities", Object[].class)
                .setParameter("ids", facilityIds).getResultList()) {
            out.get(((Number) row[0]).longValue()).add((SupplySuspension) row[1]);
        }
        return out;
    }

    @Override
    public java.util.Map<Long, java.util.Map<Long, List<java.time.Instant>>> releasesOf(
            java.util.Collection<Long> facilityIds) {
        java.util.Map<Long, java.util.Map<Long, List<java.time.Instant>>> out = new java.util.HashMap<>();
        for (Object[] row : em.createNamedQuery("DeliveryRelease.ofFacilities", Object[].class)
                .setParameter("ids", facilityIds).getResultList()) {
            out.computeIfAbsent(((Number) row[0]).longValue(), k -> new java.util.HashMap<>())
                    .computeIfAbsent(((Number) row[1]).longValue(), k -> new java.util.ArrayList<>())
                    .add((java.time.Instant) row[2]);
        }
        return out;
    }

    @Override
    public List<DeliveryRelease> releases(long facilityId, long productId) {
        return em.createNamedQuery("DeliveryRelease.find", DeliveryRelease.class).setParameter("facilityId", facilityId)
                .setParameter("productId", productId).getResultList();
    }

    @Override
    public List<SupplySuspension> suspensionsBy(long manufacturerId) {
        return em.createNamedQuery("SupplySuspension.ofManufacturer", SupplySuspension.class)
                .setParameter("manufacturerId", manufacturerId).getResultList();
    }
}
