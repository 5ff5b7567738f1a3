package jp.sitegate.domain.model.eligibility;

/** Outcome of one requirement (REQUIREMENTS.md §7). Ordered from best to worst. */
public enum FindingStatus {
    /** The facts satisfy the requirement. */
    MET,
    /** Data needed to decide is missing. */
    UNKNOWN,
    /** The facts show the requirement is not satisfied. */
    NOT_MET;

    /**
     * @param other another status
     * @return the worse of the two (NOT_MET over UNKNOWN over MET)
     */
    public FindingStatus worse(FindingStatus other) {
        return other.ordinal() > ordinal() ? other : this;
    }
}
