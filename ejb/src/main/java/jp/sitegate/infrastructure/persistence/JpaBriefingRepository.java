package jp.sitegate.infrastructure.persistence;

import jp.sitegate.domain.model.briefing.Briefing;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jp.sitegate.domain.model.briefing.BriefingRepository;

/** {@link BriefingRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaBriefingRepository extends JpaAdapter implements BriefingRepository {
    /** For the container. */
    protected JpaBriefingRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaBriefingRepository(EntityManager em) {
        super(em);
    }

    @Override
    public List<Briefing> ofFacility(long facilityId) {
        return em.createNamedQuery("Briefing.ofFacility", Briefing.class).setParameter("facilityId", facilityId)
                .getResultList();
    }

    @Override
    public boolean anyByMrNameStarting(String prefix) {
        return !em.createQuery("SELECT b.id FROM Briefing b WHERE b.mrName LIKE :m", Long.class)
                .setParameter("m", prefix.replace("%", "").replace("_", "") + "%").setMaxResults(1).getResultList()
                .isEmpty();
    }
}
