package jp.sitegate.domain.model.eligibility;

import java.util.List;

/**
 * Evaluates a facility against a profile (REQUIREMENTS.md §7, LUN-DST-1/2): one finding per requirement; the
 * decision is ELIGIBLE when every finding is MET, or when the product's first-delivery restriction has been
 * released for the facility (LUN-DST-2).
 */
public final class EligibilityEvaluator {
    private EligibilityEvaluator() {
    }

    /**
     * @param requirements the profile's requirements in order
     * @param facts        the facility's facts
     * @param context      product and day
     * @return one finding per requirement, in profile order
     */
    public static List<Finding> findings(List<CompiledRequirement> requirements, FacilityFacts facts,
            EvaluationContext context) {
        return requirements.stream().map(r -> r.evaluate(facts, context)).toList();
    }

    /**
     * @param findings      the findings
     * @param firstDelivery state of the first-delivery restriction
     * @return ELIGIBLE when all findings are MET or the restriction is released
     */
    public static DecisionOutcome outcome(List<Finding> findings, FirstDeliveryStatus firstDelivery) {
        if (firstDelivery == FirstDeliveryStatus.RELEASED) {
            return DecisionOutcome.ELIGIBLE;
        }
        return findings.stream().allMatch(f -> f.status() == FindingStatus.MET) ? DecisionOutcome.ELIGIBLE
                : DecisionOutcome.NOT_ELIGIBLE;
    }
}
