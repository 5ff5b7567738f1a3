package jp.sitegate.domain.model.eligibility.criteria;

import java.util.List;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
import jp.sitegate.domain.model.eligibility.Criterion;
import jp.sitegate.domain.model.eligibility.EvaluationContext;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.eligibility.FacilityFacts.PartnerFact;
import jp.sitegate.domain.model.facility.PartnerCoverage;

/**
 * INPATIENT_CARE: the facility has inpatient beds (bureau list 病床数), or, when allowed, a partner facility covers
 * inpatient or ICU care (ABE-ADV-1, IMD-FAC-1, IMD-WRN-1).
 *
 * @param allowPartner whether a partner facility counts
 */
public record InpatientCare(boolean allowPartner) implements Criterion {

    @Override
    public CriterionResult evaluate(FacilityFacts facts, EvaluationContext context) {
        if (facts.bedsTotal() != null && facts.bedsTotal() > 0) {
            return CriterionResult.met("自施設で入院管理が可能（病床 " + facts.bedsTotal() + " 床）",
                    "inpatient beds at the facility: " + facts.bedsTotal(), List.of(Evidence.of(EvidenceKind.BEDS, "beds", facts.bedsTotal())));
        }
        if (allowPartner) {
            for (PartnerFact p : facts.partners()) {
                if (p.covers(context.date(), PartnerCoverage.INPATIENT_CARE)
                        || p.covers(context.date(), PartnerCoverage.ICU_CARE)) {
                    return CriterionResult.met("連携施設（" + p.name() + "）で入院管理が可能",
                            "inpatient care at partner facility " + p.code(), List.of(Evidence.of(EvidenceKind.PARTNER, "code", p.code(), "name", p.name())));
                }
            }
        }
        if (allowPartner) {
            CriterionResult pending = PartnerFact.awaiting(facts, context.date(), PartnerCoverage.INPATIENT_CARE);
            if (pending == null) {
                pending = PartnerFact.awaiting(facts, context.date(), PartnerCoverage.ICU_CARE);
            }
            if (pending != null) {
                return pending;
            }
        }
        if (facts.bedsTotal() == null) {
            return CriterionResult.unknown("病床数が不明です", "number of beds unknown", List.of());
        }
        return CriterionResult.notMet("入院管理ができる病床がありません", "no inpatient beds", List.of(Evidence.of(EvidenceKind.BEDS, "beds", 0)));
    }
}
