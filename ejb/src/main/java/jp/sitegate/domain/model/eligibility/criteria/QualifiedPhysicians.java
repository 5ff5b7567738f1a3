package jp.sitegate.domain.model.eligibility.criteria;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import jp.sitegate.domain.model.eligibility.ConfirmationRule;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.Criterion;
import jp.sitegate.domain.model.eligibility.EvaluationContext;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.eligibility.FacilityFacts.PhysicianFact;

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
 */
public record QualifiedPhysicians(int minCount, boolean fullTime, boolean treatmentLead, Integer minYearsSinceLicence,
        Integer minHematologyYears, Integer minChemotherapyYears, Integer minTransplantTrainingYears,
        Integer minAllogeneicTransplants, boolean mrMeetings, boolean safetyCooperation, boolean productTraining,
        Integer retrainingMonths, ConfirmationRule confirmation) implements Criterion {

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
        List<String> qualified = new ArrayList<>();
        List<String> maybe = new ArrayList<>();
        List<String> failing = new ArrayList<>();
        List<String> pending = new ArrayList<>();
        for (PhysicianFact p : facts.physicians()) {
            if (!p.employedOn(day) || (fullTime && !p.fullTime()) || (treatmentLead && !p.treatmentLead())) {
                continue;
            }
            List<String> gaps = new ArrayList<>();
            List<String> unknowns = new ArrayList<>();
            Match m = match(p, context, gaps, unknowns);
            String id = "physician #" + p.id();
            if (m == Match.YES) {
                ConfirmationRule.Assessment a = confirmation.assess(facts, "PHYSICIAN:" + p.id(), context);
                if (a.rejected()) {
                    failing.add(id + " (" + a.evidence() + ")");
                    continue;
                }
                if (!a.counts()) {
                    pending.add(id + " (" + a.evidence() + ")");
                    continue;
                }
                if (confirmation.verification() == jp.sitegate.domain.model.eligibility.Verification.CONFIRMED) {
                    id = id + " (" + a.evidence() + ")";
                }
            }
            switch (m) {
                case YES -> qualified.add(id);
                case MAYBE -> maybe.add(id + " (unknown: " + String.join(", ", unknowns) + ")");
                default -> failing.add(id + " (not met: " + String.join(", ", gaps) + ")");
            }
        }
        List<String> evidence = new ArrayList<>();
        qualified.forEach(q -> evidence.add(q + " qualifies"));
        evidence.addAll(pending);
        evidence.addAll(maybe);
        evidence.addAll(failing);
        String scope = (treatmentLead ? "治療の責任者" : "") + (fullTime ? "常勤医師" : "医師");
        if (qualified.size() >= minCount) {
            return CriterionResult.met("要件を満たす" + scope + " " + qualified.size() + "名（必要 " + minCount + "名）",
                    qualified.size() + " qualifying physician(s), " + minCount + " needed", evidence);
        }
        if (!pending.isEmpty() && qualified.size() + pending.size() + maybe.size() >= minCount) {
            // REQUIREMENTS.md §8: declared qualifications count once the manufacturer confirmed them
            return CriterionResult.unknown("要件を満たす" + scope + "の申告あり（確認待ち " + pending.size() + "名）",
                    pending.size() + " qualifying physician(s) awaiting the manufacturer's confirmation", evidence);
        }
        if (qualified.size() + maybe.size() >= minCount) {
            return CriterionResult.unknown("医師情報が不足しています（判定不能 " + maybe.size() + "名）",
                    "physician data missing for " + maybe.size() + " physician(s)", evidence);
        }
        return CriterionResult.notMet("要件を満たす" + scope + "が不足（" + qualified.size() + "名／必要 " + minCount + "名）",
                "only " + qualified.size() + " qualifying physician(s), " + minCount + " needed", evidence);
    }

    private Match match(PhysicianFact p, EvaluationContext context, List<String> gaps, List<String> unknowns) {
        if (minYearsSinceLicence != null) {
            if (p.licenceRegisteredOn() == null) {
                unknowns.add("licence date");
            } else if (Period.between(p.licenceRegisteredOn(), context.date()).getYears() < minYearsSinceLicence) {
                gaps.add("years since licence < " + minYearsSinceLicence);
            }
        }
        atLeast(p.hematologyYears(), minHematologyYears, "haematology training years", gaps, unknowns);
        atLeast(p.chemotherapyYears(), minChemotherapyYears, "chemotherapy years", gaps, unknowns);
        atLeast(p.transplantTrainingYears(), minTransplantTrainingYears, "transplant training years", gaps, unknowns);
        atLeast(p.allogeneicTransplants(), minAllogeneicTransplants, "allogeneic transplants", gaps, unknowns);
        if (mrMeetings && !p.mrMeetings()) {
            gaps.add("LUN-PHY-2 attestation");
        }
        if (safetyCooperation && !p.safetyCooperation()) {
            gaps.add("LUN-PHY-3 attestation");
        }
        if (productTraining) {
            LocalDate done = p.trainingCompletedOn().get(context.productId());
            if (done == null || done.isAfter(context.date())) {
                gaps.add("product training");
            } else if (retrainingMonths != null && done.plusMonths(retrainingMonths).isBefore(context.date())) {
                gaps.add("product training older than " + retrainingMonths + " months");
            }
        }
        if (!gaps.isEmpty()) {
            return Match.NO;
        }
        return unknowns.isEmpty() ? Match.YES : Match.MAYBE;
    }

    private static void atLeast(Integer value, Integer min, String what, List<String> gaps, List<String> unknowns) {
        if (min == null) {
            return;
        }
        if (value == null) {
            unknowns.add(what);
        } else if (value < min) {
            gaps.add(what + " < " + min);
        }
    }
}
