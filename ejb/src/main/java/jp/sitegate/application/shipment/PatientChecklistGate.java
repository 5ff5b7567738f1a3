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
                throw new InvalidInputException("patientChecklistId", "この製品（" + p.getNameJa()
                        + "）の出荷には患者チェックリストを指定しません", p.getNameEn()
                        + " is not delivered per patient: name no patientChecklistId");
            }
            return ev;
        }
        return new Evaluation(ev.decision().withFinding(patientFinding(ev.facility(), p, checklistId)),
                ev.facility(), ev.productCode(), ev.profile(), ev.facts());
    }

    private Finding patientFinding(Facility f, Product p, Long id) {
        if (id == null) {
            return notMet("患者チェックリスト（patientChecklistId）が指定されていません。この製品は1回の納入が1人の患者のためのもので、"
                    + "医療機関が記録したその患者の投与対象チェックリストを指定して出荷します", "no patient checklist "
                    + "(patientChecklistId) named: each delivery of this product is one patient's and names the "
                    + "checklist the facility recorded for that patient", List.of());
        }
        PatientChecklist c = checklists.byId(id).orElse(null);
        if (c == null || !c.getFacility().getId().equals(f.getId()) || !c.getProduct().getId().equals(p.getId())) {
            return notMet("患者チェックリスト " + id + " はこの医療機関・製品の記録にありません", "patient checklist " + id
                    + " is not one of this facility's for this product", List.of(Evidence.of(EvidenceKind.PATIENT_CHECKLIST, "id", id)));
        }
        List<Evidence> evidence = List.of(Evidence.of(EvidenceKind.PATIENT_CHECKLIST_ASSESSED, "id", id, "on",
                c.getAssessedOn(), "physician", c.getPhysician().getId()));
        Long used = shipments.usingChecklists(List.of(id)).get(id);
        if (used != null) {
            return notMet("患者チェックリスト " + id + " は出荷 " + used + " で使用済みです（1患者・1回の納入）",
                    "patient checklist " + id + " was already used by shipment " + used
                            + " (one patient, one delivery)", evidence);
        }
        if (!c.candidate()) {
            long criteria = c.failing().stream().filter(PatientCriterion::required).count();
            long exclusions = c.failing().size() - criteria;
            boolean ecog = c.getEcogPs() > PatientChecklist.MAX_CANDIDATE_ECOG;
            return notMet("患者チェックリスト " + id + " の患者は投与対象となりません（満たさない基準 " + criteria + " 件、該当する除外基準 "
                    + exclusions + " 件" + (ecog ? "、ECOG PS 2〜4" : "") + "）。項目は医療機関と製造販売業者が参照できます",
                    "the patient of checklist " + id + " is not a candidate (" + criteria + " criteria not met, "
                            + exclusions + " exclusions" + (ecog ? ", ECOG PS 2-4" : "") + "); the facility and the "
                            + "manufacturer see the items", evidence);
        }
        return new Finding(PatientChecklistService.REQUIREMENT_ID, PatientChecklistService.CLAUSE, PatientChecklistService.TITLE_JA, PatientChecklistService.TITLE_EN, FindingStatus.MET, "患者チェックリスト " + id + "（"
                + c.getAssessedOn() + " 評価）: 基準をすべて満たし、除外基準に該当せず、ECOG PS 0〜1", "patient checklist "
                + id + " (assessed " + c.getAssessedOn() + "): every criterion met, no exclusion, ECOG PS 0-1", evidence);
    }

    private static Finding notMet(String ja, String en, List<Evidence> evidence) {
        return new Finding(PatientChecklistService.REQUIREMENT_ID, PatientChecklistService.CLAUSE, PatientChecklistService.TITLE_JA, PatientChecklistService.TITLE_EN, FindingStatus.NOT_MET, ja, en, evidence);
    }
}
