package jp.sitegate.domain.model.eligibility.criteria;

import java.util.List;
import jp.sitegate.domain.model.eligibility.CriterionResult;
import jp.sitegate.domain.model.eligibility.FacilityFacts.BriefingFact;

/** BRIEFING_MODE: a briefing was given in person, or online with the facility's visit restriction (LUN-BRF-2). */
public final class BriefingModeCriterion extends BriefingCriterion {

    @Override
    protected CriterionResult evaluateCounted(List<BriefingFact> counted) {
        return CriterionResult.met("訪問又は訪問規制下のオンラインで説明済み", "briefed in person or online under a visit restriction",
                counted.stream().map(b -> b.describe() + (b.visitRestriction() == null ? ""
                        : " (visit restriction: " + b.visitRestriction() + ")")).toList());
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BriefingModeCriterion;
    }

    @Override
    public int hashCode() {
        return BriefingModeCriterion.class.hashCode();
    }
}
