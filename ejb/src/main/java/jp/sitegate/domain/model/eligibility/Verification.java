package jp.sitegate.domain.model.eligibility;

/**
 * Parameter {@code verification} of the requirement types that read what a facility declares (issue 11,
 * REQUIREMENTS.md §8): whether the declaration counts as it is or only once the manufacturer confirmed it.
 */
public enum Verification implements jp.sitegate.domain.shared.Labelled {
    /** The declaration counts only once a manufacturer's MR or safety manager confirmed it (確認待ち until then). */
    CONFIRMED,
    /** The declaration counts as declared (profile versions before 2026-12-02). */
    DECLARED
}
