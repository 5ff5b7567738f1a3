package jp.sitegate.domain.model.status;

import jp.sitegate.domain.model.eligibility.Decision;
import jp.sitegate.domain.model.eligibility.DecisionOutcome;
import jp.sitegate.domain.model.eligibility.FirstDeliveryStatus;

/**
 * A facility's status for a product (issue 5): what the gate answers, and whether a facility whose first-delivery
 * restriction was released has since stopped meeting the requirements (LUN-DST-2: flagged, not blocked).
 */
public enum StatusLevel {
    /** Every requirement is met. */
    ELIGIBLE,
    /**
     * Deliveries stay allowed because the first-delivery restriction was released (LUN-DST-2), but a requirement is
     * no longer met: the safety manager and the facility's MR are told.
     */
    FLAGGED,
    /** A requirement is not met and deliveries are blocked (LUN-DST-1). */
    NOT_ELIGIBLE;

    /**
     * @param d a decision
     * @return FLAGGED when the decision allows delivery only because the restriction was released and a requirement
     *         is not met, otherwise the decision's outcome
     */
    public static StatusLevel of(Decision d) {
        if (d.outcome() == DecisionOutcome.NOT_ELIGIBLE) {
            return NOT_ELIGIBLE;
        }
        return d.firstDelivery() == FirstDeliveryStatus.RELEASED && !d.failingRequirementIds().isEmpty() ? FLAGGED
                : ELIGIBLE;
    }

    /** @return true for statuses the safety manager must hear about (blocked or flagged) */
    public boolean needsAttention() {
        return this != ELIGIBLE;
    }
}
