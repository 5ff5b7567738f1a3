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
            return CriterionResult.met(List.of(Evidence.of(EvidenceKind.BEDS, "beds", facts.bedsTotal())),
                    "finding.inpatient.own-beds", facts.bedsTotal());
        }
        if (allowPartner) {
            for (PartnerFact p : facts.partners()) {
                if (p.covers(context.date(), PartnerCoverage.INPATIENT_CARE)
                        || p.covers(context.date(), PartnerCoverage.ICU_CARE)) {
                    return CriterionResult.met(List.of(Evidence.of(EvidenceKind.PARTNER, "code", p.code(), "name",
                            p.name())), "finding.inpatient.partner", p.name(), p.code());
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
            return CriterionResult.unknown(List.of(), "finding.inpatient.beds-unknown");
        }
        return CriterionResult.notMet(List.of(Evidence.of(EvidenceKind.BEDS, "beds", 0)), "finding.inpatient.no-beds");
    }
}
