package jp.sitegate.infrastructure.persistence;

import jp.sitegate.domain.model.facility.FacilityPartnership;
import jp.sitegate.domain.model.facility.Facility;
import java.util.Collection;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jp.sitegate.domain.model.facility.PartnershipRepository;

/** {@link PartnershipRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaPartnershipRepository extends JpaAdapter implements PartnershipRepository {
    /** For the container. */
    protected JpaPartnershipRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaPartnershipRepository(EntityManager em) {
        super(em);
    }

    @Override
    public List<FacilityPartnership> ofFacility(long facilityId) {
        return em.createNamedQuery("FacilityPartnership.ofFacility", FacilityPartnership.class)
                .setParameter("facilityId", facilityId).getResultList();
    }

    @Override
    public List<FacilityPartnership> requestsTo(long partnerId) {
        return em.createNamedQuery("FacilityPartnership.requestsTo", FacilityPartnership.class)
                .setParameter("partnerId", partnerId).getResultList();
    }

    @Override
    public List<Facility> naming(Collection<Facility> partners) {
        return partners.isEmpty() ? List.of() : em.createQuery("SELECT DISTINCT p.facility FROM FacilityPartnership p "
                + "WHERE p.partner IN :changed", Facility.class).setParameter("changed", partners).getResultList();
    }
}
