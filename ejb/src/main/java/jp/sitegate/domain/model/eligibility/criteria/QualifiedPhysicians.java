package jp.sitegate.domain.model.eligibility.criteria;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import jp.sitegate.domain.model.eligibility.ConfirmationRule;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
import jp.sitegate.domain.model.eligibility.Verification;
import jp.sitegate.domain.model.eligibility.Criterion;
import jp.sitegate.domain.model.eligibility.EvaluationContext;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.eligibility.FacilityFacts.PhysicianFact;
import jp.sitegate.domain.shared.Reason;

/**
 * QUALIFIED_PHYSICIANS: at least {@code minCount} physicians employed on the day meet every given condition
 * (LUN-PHY-1..3, LUN-FAC-1, ABE-PHY-LEAD, ABE-PHY-2, ABE-PHY-TRN, IMD-PHY-1). A condition left {@code null} or
 * {@code false} is not checked. A physician whose data is missing for a condition counts as "maybe": the
 * finding is UNKNOWN when maybes could make up the count, NOT_MET otherwise. Evidence names physicians by id only.
 *
 * @param minCount                   physicians needed (≥ 1)
 * @param fullTime                   only full-time (常勤) employment counts
 * @param treatmentLead              only the treatment lead (治療の責任者) counts
 * @param minYearsSinceLicence       years since licence registration, or {@code null}
 * @param minHematologyYears         years of haematological-malignancy training, or {@code null}
 * @param minChemotherapyYears       years of cancer-chemotherapy experience, or {@code null}
 * @param minTransplantTrainingYears years of transplant training, or {@code null}
 * @param minAllogeneicTransplants   allogeneic transplants performed, or {@code null}
 * @param mrMeetings                 LUN-PHY-2 attestation required
 * @param safetyCooperation          LUN-PHY-3 attestation required
 * @param productTraining            the manufacturer's training for the product completed
 * @param retrainingMonths           months after which the training must be repeated (issue 11), or {@code null}
 * @param confirmation               when a physician's declared qualifications, attestations and employment count
 *                                   (issue 11: {@code verification} CONFIRMED — a qualifying physician whose
 *                                   declaration the manufacturer has not confirmed is 確認待ち, one it rejected does
 *                                   not count)
 * @param siteGateDefault            true when the year thresholds are SiteGate's, not the documents' (LUN-PHY-1's
 *                                   and IMD-PHY-1's "sufficient experience" as ≥ 3 years): the finding says
 *                                   「SiteGate の既定値（安全管理責任者が変更可）」 (issue 12)
 */
public record QualifiedPhysicians(int minCount, boolean fullTime, boolean treatmentLead, Integer minYearsSinceLicence,
        Integer minHematologyYears, Integer minChemotherapyYears, Integer minTransplantTrainingYears,
        Integer minAllogeneicTransplants, boolean mrMeetings, boolean safetyCooperation, boolean productTraining,
        Integer retrainingMonths, ConfirmationRule confirmation, boolean siteGateDefault) implements Criterion {

    /** Thresholds the profile's author set. */
    public QualifiedPhysicians(int minCount, boolean fullTime, boolean treatmentLead, Integer minYearsSinceLicence,
            Integer minHematologyYears, Integer minChemotherapyYears, Integer minTransplantTrainingYears,
            Integer minAllogeneicTransplants, boolean mrMeetings, boolean safetyCooperation, boolean productTraining,
            Integer retrainingMonths, ConfirmationRule confirmation) {
        this(minCount, fullTime, treatmentLead, minYearsSinceLicence, minHematologyYears, minChemotherapyYears,
                minTransplantTrainingYears, minAllogeneicTransplants, mrMeetings, safetyCooperation, productTraining,
                retrainingMonths, confirmation, false);
    }

    /** Physicians' declarations count as declared. */
    public QualifiedPhysicians(int minCount, boolean fullTime, boolean treatmentLead, Integer minYearsSinceLicence,
            Integer minHematologyYears, Integer minChemotherapyYears, Integer minTransplantTrainingYears,
            Integer minAllogeneicTransplants, boolean mrMeetings, boolean safetyCooperation, boolean productTraining,
            Integer retrainingMonths) {
        this(minCount, fullTime, treatmentLead, minYearsSinceLicence, minHematologyYears, minChemotherapyYears,
                minTransplantTrainingYears, minAllogeneicTransplants, mrMeetings, safetyCooperation, productTraining,
                retrainingMonths, ConfirmationRule.AS_DECLARED);
    }

    /** Tri-state result of one physician against all conditions. */
    private enum Match { YES, MAYBE, NO }

    @Override
    public CriterionResult evaluate(FacilityFacts facts, EvaluationContext context) {
        LocalDate day = context.date();
        List<Evidence> qualified = new ArrayList<>();
        List<Evidence> maybe = new ArrayList<>();
        List<Evidence> failing = new ArrayList<>();
        List<Evidence> pending = new ArrayList<>();
        for (PhysicianFact p : facts.physicians()) {
            if (!p.employedOn(day) || (fullTime && !p.fullTime()) || (treatmentLead && !p.treatmentLead())) {
                continue;
            }
            List<Evidence> gaps = new ArrayList<>();
            List<Evidence> unknowns = new ArrayList<>();
            Match m = match(p, context, gaps, unknowns);
            switch (m) {
                case YES -> {
                    ConfirmationRule.Assessment a = confirmation.assess(facts, "PHYSICIAN:" + p.id(), context);
                    if (a.rejected()) {
                        failing.add(Evidence.of(EvidenceKind.PHYSICIAN_REJECTED, "id", p.id(), "declaration",
                                a.evidence()));
                    } else if (!a.counts()) {
                        pending.add(Evidence.of(EvidenceKind.PHYSICIAN_PENDING, "id", p.id(), "declaration",
                                a.evidence()));
                    } else if (confirmation.verification() == Verification.CONFIRMED) {
                        qualified.add(Evidence.of(EvidenceKind.PHYSICIAN_QUALIFIES_CONFIRMED, "id", p.id(),
                                "declaration", a.evidence()));
                    } else {
                        qualified.add(Evidence.of(EvidenceKind.PHYSICIAN_QUALIFIES, "id", p.id()));
                    }
                }
                case MAYBE -> maybe.add(Evidence.of(EvidenceKind.PHYSICIAN_UNKNOWN, "id", p.id(), "missing", unknowns));
                default -> failing.add(Evidence.of(EvidenceKind.PHYSICIAN_NOT_MET, "id", p.id(), "gaps", gaps));
            }
        }
        List<Evidence> evidence = new ArrayList<>(qualified);
        evidence.addAll(pending);
        evidence.addAll(maybe);
        evidence.addAll(failing);
        if (siteGateDefault) {
            evidence.add(Evidence.of(EvidenceKind.SITEGATE_DEFAULT));
        }
        // who is counted, in the Japanese reasons only (治療の責任者 / 常勤医師 / 医師)
        Reason scope = Reason.of(treatmentLead
                ? (fullTime ? "finding.physicians.scope.lead-full-time" : "finding.physicians.scope.lead-any")
                : (fullTime ? "finding.physicians.scope.full-time" : "finding.physicians.scope.any"));
        if (qualified.size() >= minCount) {
            return CriterionResult.met(evidence, "finding.physicians.met", scope, qualified.size(), minCount);
        }
        if (!pending.isEmpty() && qualified.size() + pending.size() + maybe.size() >= minCount) {
            // REQUIREMENTS.md §8: declared qualifications count once the manufacturer confirmed them
            return CriterionResult.unknown(evidence, "finding.physicians.awaiting", scope, pending.size());
        }
        if (qualified.size() + maybe.size() >= minCount) {
            return CriterionResult.unknown(evidence, "finding.physicians.data-missing", maybe.size());
        }
        return CriterionResult.notMet(evidence, "finding.physicians.not-met", scope, qualified.size(), minCount);
    }

    private Match match(PhysicianFact p, EvaluationContext context, List<Evidence> gaps, List<Evidence> unknowns) {
        if (minYearsSinceLicence != null) {
            if (p.licenceRegisteredOn() == null) {
                unknowns.add(Evidence.of(EvidenceKind.MISSING_LICENCE_DATE));
            } else if (Period.between(p.licenceRegisteredOn(), context.date()).getYears() < minYearsSinceLicence) {
                gaps.add(Evidence.of(EvidenceKind.GAP_LICENCE_YEARS, "min", minYearsSinceLicence));
            }
        }
        atLeast(p.hematologyYears(), minHematologyYears, EvidenceKind.MISSING_HEMATOLOGY_YEARS,
                EvidenceKind.GAP_HEMATOLOGY_YEARS, gaps, unknowns);
        atLeast(p.chemotherapyYears(), minChemotherapyYears, EvidenceKind.MISSING_CHEMOTHERAPY_YEARS,
                EvidenceKind.GAP_CHEMOTHERAPY_YEARS, gaps, unknowns);
        atLeast(p.transplantTrainingYears(), minTransplantTrainingYears, EvidenceKind.MISSING_TRANSPLANT_TRAINING_YEARS,
                EvidenceKind.GAP_TRANSPLANT_TRAINING_YEARS, gaps, unknowns);
        atLeast(p.allogeneicTransplants(), minAllogeneicTransplants, EvidenceKind.MISSING_ALLOGENEIC_TRANSPLANTS,
                EvidenceKind.GAP_ALLOGENEIC_TRANSPLANTS, gaps, unknowns);
        if (mrMeetings && !p.mrMeetings()) {
            gaps.add(Evidence.of(EvidenceKind.GAP_ATTESTATION, "requirement", "LUN-PHY-2"));
        }
        if (safetyCooperation && !p.safetyCooperation()) {
            gaps.add(Evidence.of(EvidenceKind.GAP_ATTESTATION, "requirement", "LUN-PHY-3"));
        }
        if (productTraining) {
            LocalDate done = p.trainingCompletedOn().get(context.productId());
            if (done == null || done.isAfter(context.date())) {
                gaps.add(Evidence.of(EvidenceKind.GAP_PRODUCT_TRAINING));
            } else if (retrainingMonths != null && done.plusMonths(retrainingMonths).isBefore(context.date())) {
                gaps.add(Evidence.of(EvidenceKind.GAP_PRODUCT_TRAINING_OLD, "months", retrainingMonths));
            }
        }
        if (!gaps.isEmpty()) {
            return Match.NO;
        }
        return unknowns.isEmpty() ? Match.YES : Match.MAYBE;
    }

    private static void atLeast(Integer value, Integer min, EvidenceKind missing, EvidenceKind gap,
            List<Evidence> gaps, List<Evidence> unknowns) {
        if (min == null) {
            return;
        }
        if (value == null) {
            unknowns.add(Evidence.of(missing));
        } else if (value < min) {
            gaps.add(Evidence.of(gap, "min", min));
        }
    }
}
