package jp.sitegate.domain.model.eligibility.criteria;

import java.util.List;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
import jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact;

/** BRIEFING_MODE: a briefing was given in person, or online with the facility's visit restriction (LUN-BRF-2). */
public final class BriefingModeCriterion extends BriefingCriterion {

    /** A criterion counting every briefing held by the day. */
    public BriefingModeCriterion() {
        this(false);
    }

    /** @param requireFresh only briefings on or after the profile version's effective date count (issue 11) */
    public BriefingModeCriterion(boolean requireFresh) {
        super(requireFresh);
    }

    @Override
    protected CriterionResult evaluateCounted(List<BriefingFact> counted) {
        return CriterionResult.met(counted.stream().map(b -> b.visitRestriction() == null ? b.describe()
                : Evidence.of(EvidenceKind.BRIEFING_UNDER_RESTRICTION, "briefing", b.describe(), "restriction",
                        b.visitRestriction())).toList(), "finding.briefing.mode-acceptable");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BriefingModeCriterion other && other.requireFresh == requireFresh;
    }

    @Override
    public int hashCode() {
        return BriefingModeCriterion.class.hashCode() + (requireFresh ? 1 : 0);
    }
}
