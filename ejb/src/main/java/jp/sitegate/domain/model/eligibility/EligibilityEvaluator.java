package jp.sitegate.domain.model.eligibility;

import java.time.LocalDate;
import java.util.List;
import jp.sitegate.domain.shared.Reason;

/**
 * Evaluates a facility against a profile (REQUIREMENTS.md §7, LUN-DST-1/2): one finding per requirement; the
 * decision is ELIGIBLE when every finding is MET, or when the product's first-delivery restriction has been
 * released for the facility (LUN-DST-2).
 */
public final class EligibilityEvaluator {
    /** Requirement id of the finding a supply suspension adds (issue 11). */
    public static final String SUSPENDED = "SUSPENDED";

    private EligibilityEvaluator() {
    }

    /**
     * The finding of a manufacturer's supply suspension (出荷停止, REQUIREMENTS.md §8): NOT_MET, naming the reason, who
     * suspended and when; the decision is then NOT_ELIGIBLE whatever else it finds ({@link #outcome}).
     *
     * @param id          the suspension's id
     * @param reason      its reason
     * @param by          who suspended (user name)
     * @param on          the day it was made (Japan)
     * @param until       its last day, or {@code null} until lifted
     * @param productWide true when it covers all the manufacturer's products
     * @return the finding
     */
    public static Finding suspension(long id, String reason, String by, LocalDate on, LocalDate until,
            boolean productWide) {
        Reason why = Reason.of(until == null ? "finding.suspension.until-lifted" : "finding.suspension.until",
                Reason.of(productWide ? "finding.suspension.all-products" : "finding.suspension.this-product"),
                reason, by, on, until);
        Reason clause = Reason.of("finding.suspension.clause", String.valueOf(id));
        Reason title = Reason.of("finding.suspension.title");
        return new Finding(SUSPENDED, clause.ja(), title.ja(), title.en(), FindingStatus.NOT_MET, why.ja(), why.en(),
                List.of(Evidence.of(EvidenceKind.SUSPENSION, "id", id)));
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
     * @return ELIGIBLE when there are findings and all are MET, or the restriction is released; NOT_ELIGIBLE for no
     *         findings at all, or a supply suspension
     */
    public static DecisionOutcome outcome(List<Finding> findings, FirstDeliveryStatus firstDelivery) {
        if (findings.isEmpty()) {
            // issue 13: a profile without requirements fails closed (allMatch on nothing would say ELIGIBLE)
            return DecisionOutcome.NOT_ELIGIBLE;
        }
        if (findings.stream().anyMatch(f -> SUSPENDED.equals(f.requirementId()))) {
            // REQUIREMENTS.md §8: a suspension refuses supply whatever the first-delivery release says
            return DecisionOutcome.NOT_ELIGIBLE;
        }
        if (firstDelivery == FirstDeliveryStatus.RELEASED) {
            return DecisionOutcome.ELIGIBLE;
        }
        return findings.stream().allMatch(f -> f.status() == FindingStatus.MET) ? DecisionOutcome.ELIGIBLE
                : DecisionOutcome.NOT_ELIGIBLE;
    }
}
