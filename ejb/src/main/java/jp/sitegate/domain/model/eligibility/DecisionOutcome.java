package jp.sitegate.domain.model.eligibility;

/** The gate's answer (REQUIREMENTS.md §7, LUN-DST-1). */
public enum DecisionOutcome {
    ELIGIBLE,
    NOT_ELIGIBLE
}
