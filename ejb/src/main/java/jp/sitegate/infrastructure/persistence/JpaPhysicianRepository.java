package jp.sitegate.infrastructure.persistence;

import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.physician.ProductTraining;
import jp.sitegate.domain.model.physician.Physician;
import jp.sitegate.domain.model.physician.Employment;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jp.sitegate.domain.model.facility.Facility;
import java.time.LocalDate;
import java.util.Optional;
import java.util.List;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jp.sitegate.domain.model.physician.PhysicianRepository;

/** {@link PhysicianRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaPhysicianRepository extends JpaAdapter implements PhysicianRepository {
    /** For the container. */
    protected JpaPhysicianRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaPhysicianRepository(EntityManager em) {
        super(em);
    }

    @Override
    public List<Employment> employmentsAt(long facilityId) {
        return em.createNamedQuery("Employment.ofFacility", Employment.class).setParameter("facilityId", facilityId)
                .getResultList();
    }

    @Override
    public List<TrainingRow> trainingsOfStaff(long facilityId) {
        return em.createQuery("SELECT t.physician.id, t.product.key, t.completedOn FROM ProductTraining t "
                + "WHERE t.physician.id IN (SELECT e.physician.id FROM Employment e WHERE e.facility.id = :fid)",
                Object[].class).setParameter("fid", facilityId).getResultList().stream()
                .map(r -> new TrainingRow(((Number) r[0]).longValue(), (String) r[1], (LocalDate) r[2])).toList();
    }

    @Override
    public Optional<Physician> byRegistrationNumber(String registrationNumber) {
        return em.createQuery("SELECT p FROM Physician p WHERE p.registrationNumber = :n", Physician.class)
                .setParameter("n", registrationNumber).getResultStream().findFirst();
    }

    @Override
    public boolean employedAt(Physician physician, Facility facility) {
        return em.createQuery("SELECT COUNT(e) FROM Employment e WHERE e.physician = :p AND e.facility = :f "
                + "AND e.validTo IS NULL", Long.class).setParameter("p", physician).setParameter("f", facility)
                .getSingleResult() > 0;
    }

    @Override
    public boolean everEmployedAt(Physician physician, MedicalInstitutionCode code) {
        return em.createQuery("SELECT COUNT(e) FROM Employment e WHERE e.physician = :p AND e.facility.code = :code",
                Long.class).setParameter("p", physician).setParameter("code", code).getSingleResult() > 0;
    }

    @Override
    public Optional<Physician> employedOn(long facilityId, long physicianId, LocalDate day) {
        return em.createQuery("SELECT e.physician FROM Employment e WHERE e.facility.id = :f AND e.physician.id = :p "
                + "AND e.validFrom <= :day AND (e.validTo IS NULL OR e.validTo >= :day)", Physician.class)
                .setParameter("f", facilityId).setParameter("p", physicianId).setParameter("day", day)
                .getResultStream().findFirst();
    }

    @Override
    public List<Employment> fullTimeAtSeveral() {
        return em.createQuery("SELECT e FROM Employment e JOIN FETCH e.physician JOIN FETCH e.facility "
                + "WHERE e.fullTime = TRUE AND e.validTo IS NULL AND e.physician.id IN (SELECT e2.physician.id "
                + "FROM Employment e2 WHERE e2.fullTime = TRUE AND e2.validTo IS NULL GROUP BY e2.physician.id "
                + "HAVING COUNT(e2) > 1) ORDER BY e.physician.id, e.facility.code", Employment.class).getResultList();
    }

    @Override
    public List<Employment> openEmployments(Physician physician) {
        return em.createQuery("SELECT e FROM Employment e JOIN FETCH e.facility WHERE e.physician = :p "
                + "AND e.validTo IS NULL", Employment.class).setParameter("p", physician).getResultList();
    }

    @Override
    public List<Facility> facilitiesOf(Physician physician) {
        return em.createQuery("SELECT DISTINCT e.facility FROM Employment e WHERE e.physician = :p", Facility.class)
                .setParameter("p", physician).getResultList();
    }

    @Override
    public Optional<ProductTraining> training(Physician physician, Product product) {
        return em.createQuery("SELECT t FROM ProductTraining t WHERE t.physician = :p AND t.product = :q",
                ProductTraining.class).setParameter("p", physician).setParameter("q", product).getResultStream()
                .findFirst();
    }
}
