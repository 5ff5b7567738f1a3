package jp.sitegate.domain.model.patient;

import java.util.List;
import java.util.Optional;

/**
 * Patients' checklists (Abecma, ABE-PAT-1; issue 13: the JPA adapter is
 * {@code infrastructure.persistence.JpaPatientChecklistRepository}).
 */
public interface PatientChecklistRepository {
    /**
     * @param id a checklist id
     * @return the checklist, if it exists
     */
    Optional<PatientChecklist> byId(long id);

    /**
     * @param facilityId a facility
     * @return its checklists, newest first
     */
    List<PatientChecklist> ofFacility(long facilityId);

    /** @param checklist a new checklist, stored */
    void add(PatientChecklist checklist);
}
