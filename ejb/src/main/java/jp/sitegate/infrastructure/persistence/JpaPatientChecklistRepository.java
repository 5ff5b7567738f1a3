package jp.sitegate.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import jp.sitegate.domain.model.patient.PatientChecklist;
import jp.sitegate.domain.model.patient.PatientChecklistRepository;

/** {@link PatientChecklistRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaPatientChecklistRepository extends JpaAdapter implements PatientChecklistRepository {
    /** For the container. */
    protected JpaPatientChecklistRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaPatientChecklistRepository(EntityManager em) {
        super(em);
    }

    @Override
    public Optional<PatientChecklist> byId(long id) {
        return Optional.ofNullable(em.find(PatientChecklist.class, id));
    }

    @Override
    public List<PatientChecklist> ofFacility(long facilityId) {
        return em.createNamedQuery("PatientChecklist.ofFacility", PatientChecklist.class)
                .setParameter("facilityId", facilityId).getResultList();
    }

    @Override
    public void add(PatientChecklist checklist) {
        em.persist(checklist);
    }
}
