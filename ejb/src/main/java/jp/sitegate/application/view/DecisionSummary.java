package jp.sitegate.application.view;

import java.util.List;

/**
 * A stored decision in the safety manager's list.
 *
 * @param id                  decision id
 * @param decidedAt           when (ISO-8601)
 * @param facilityCode        facility code
 * @param facilityName        facility name
 * @param productName         product name
 * @param outcome             ELIGIBLE or NOT_ELIGIBLE
 * @param purpose             why it was stored (SHIPMENT)
 * @param failingRequirements requirement ids not MET
 */
public record DecisionSummary(String id, String decidedAt, String facilityCode, String facilityName,
        String productName, String outcome, String purpose, List<String> failingRequirements) {

    /**
     * @return ELIGIBLE, FLAGGED or NOT_ELIGIBLE (issue 14): an eligible decision with requirements not met was made
     *         after the first-delivery release (LUN-DST-2), so it needs checking
     */
    public String level() {
        return "NOT_ELIGIBLE".equals(outcome) ? "NOT_ELIGIBLE"
                : failingRequirements == null || failingRequirements.isEmpty() ? "ELIGIBLE" : "FLAGGED";
    }
}
