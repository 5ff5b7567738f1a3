package jp.sitegate.domain.model.eligibility.criteria;

import java.util.List;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
import jp.sitegate.domain.model.eligibility.Criterion;
import jp.sitegate.domain.model.eligibility.EvaluationContext;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact;

/**
 * Common part of the briefing criteria (LUN-BRF-1..4): only briefings for the product held on or before the day
 * and given in an acceptable mode (in person, or online with a visit restriction; LUN-BRF-2) count.
 */
abstract class BriefingCriterion implements Criterion {
    /** Only briefings on or after the profile version's effective date count (an RMP revision, issue 11). */
    protected final boolean requireFresh;

    /** @param requireFresh whether only briefings on or after the profile version's effective date count */
    protected BriefingCriterion(boolean requireFresh) {
        this.requireFresh = requireFresh;
    }

    @Override
    public final CriterionResult evaluate(FacilityFacts facts, EvaluationContext context) {
        List<BriefingFact> held = facts.briefings().stream()
                .filter(b -> !b.briefedOn().isAfter(context.date())).toList();
        if (held.isEmpty()) {
            return CriterionResult.notMet(List.of(), "finding.briefing.none");
        }
        if (requireFresh) {
            List<BriefingFact> fresh = held.stream().filter(b -> context.onOrAfterProfile(b.briefedOn())).toList();
            if (fresh.isEmpty()) {
                return CriterionResult.notMet(held.stream().map(b -> Evidence.of(
                        EvidenceKind.BRIEFING_BEFORE_REVISION, "briefing", b.describe())).toList(),
                        "finding.briefing.before-revision", context.profileEffectiveFrom());
            }
            held = fresh;
        }
        List<BriefingFact> counted = held.stream().filter(BriefingFact::acceptableMode).toList();
        if (counted.isEmpty()) {
            return CriterionResult.notMet(held.stream().map(b -> Evidence.of(EvidenceKind.BRIEFING_NO_RESTRICTION,
                    "briefing", b.describe())).toList(), "finding.briefing.online-without-restriction");
        }
        return evaluateCounted(counted);
    }

    /**
     * @param counted briefings that count (not empty)
     * @return the result
     */
    protected abstract CriterionResult evaluateCounted(List<BriefingFact> counted);
}
