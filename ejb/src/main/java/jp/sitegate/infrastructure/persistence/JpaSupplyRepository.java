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
