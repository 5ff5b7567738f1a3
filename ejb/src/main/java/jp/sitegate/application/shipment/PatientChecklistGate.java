package jp.sitegate.application.shipment;

import java.util.List;
import jp.sitegate.application.gate.Evaluation;
import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
import jp.sitegate.domain.model.eligibility.Finding;
import jp.sitegate.domain.model.eligibility.FindingStatus;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.patient.PatientChecklist;
import jp.sitegate.domain.model.patient.PatientChecklistRepository;
import jp.sitegate.domain.model.patient.PatientCriterion;
import jp.sitegate.domain.model.product.DistributionPolicy;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.shipment.ShipmentRepository;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.Reason;

/**
 * The patient check of a per-patient shipment (issue 12, ABE-PAT-1, optimal-use guideline 5. 投与対象となる患者),
 * over the domain's repositories in the shipment's transaction (issue 13).
 */
@jakarta.enterprise.context.ApplicationScoped
public class PatientChecklistGate {
    @jakarta.inject.Inject
    private PatientChecklistRepository checklists;

    @jakarta.inject.Inject
    private ShipmentRepository shipments;

    /**
     * The patient check of a shipment (issue 12), for {@link ShipmentService#record}: for a product delivered per
     * patient, adds ABE-PAT-1 to the decision — MET when {@code checklistId} names a checklist of the facility and
     * product that no shipment used yet and whose patient is a candidate, NOT_MET (refusing the shipment) otherwise.
     * The reasons name what is missing without the patient's answers, which the distributor does not see.
     *
     * @param ev          the facility's evaluation
     * @param checklistId the checklist the shipment names, or {@code null}
     * @return the evaluation, with the finding for a per-patient product
     * @throws InvalidInputException naming {@code patientChecklistId} when given for a product not per patient
     */
    public Evaluation gate(Evaluation ev, Long checklistId) {
        Product p = ev.productCode().getProduct();
        if (p.getDistributionPolicy() != DistributionPolicy.PER_PATIENT) {
            if (checklistId != null) {
                throw InvalidInputException.of("patientChecklistId", "checklist.shipment-names-no-checklist",
                        new Reason(p.getNameJa(), p.getNameEn()));
            }
            return ev;
        }
        return new Evaluation(ev.decision().withFinding(patientFinding(ev.facility(), p, checklistId)),
                ev.facility(), ev.productCode(), ev.profile(), ev.facts());
    }

    private Finding patientFinding(Facility f, Product p, Long id) {
        if (id == null) {
            return notMet("checklist.finding-none-named", List.of());
        }
        PatientChecklist c = checklists.byId(id).orElse(null);
        if (c == null || !c.getFacility().getId().equals(f.getId()) || !c.getProduct().getId().equals(p.getId())) {
            return notMet("checklist.finding-not-this-facility",
                    List.of(Evidence.of(EvidenceKind.PATIENT_CHECKLIST, "id", id)), id);
        }
        List<Evidence> evidence = List.of(Evidence.of(EvidenceKind.PATIENT_CHECKLIST_ASSESSED, "id", id, "on",
                c.getAssessedOn(), "physician", c.getPhysician().getId()));
        Long used = shipments.usingChecklists(List.of(id)).get(id);
        if (used != null) {
            return notMet("checklist.finding-used", evidence, id, used);
        }
        if (!c.candidate()) {
            long criteria = c.failing().stream().filter(PatientCriterion::required).count();
            long exclusions = c.failing().size() - criteria;
            boolean ecog = c.getEcogPs() > PatientChecklist.MAX_CANDIDATE_ECOG;
            return notMet(ecog ? "checklist.finding-not-candidate-ecog" : "checklist.finding-not-candidate", evidence,
                    id, criteria, exclusions);
        }
        Reason met = Reason.of("checklist.finding-met", id, c.getAssessedOn());
        return finding(FindingStatus.MET, met, evidence);
    }

    private static Finding notMet(String key, List<Evidence> evidence, Object... args) {
        return finding(FindingStatus.NOT_MET, Reason.of(key, args), evidence);
    }

    private static Finding finding(FindingStatus status, Reason why, List<Evidence> evidence) {
        return new Finding(PatientChecklistService.REQUIREMENT_ID, PatientChecklistService.CLAUSE,
                PatientChecklistService.TITLE_JA, PatientChecklistService.TITLE_EN, status, why.ja(), why.en(),
                evidence);
    }
}
