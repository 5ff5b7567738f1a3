package jp.sitegate.domain.model.declaration;

/**
 * What a manufacturer's MR or safety manager decided about a facility's declaration, having seen the evidence
 * (issue 11, REQUIREMENTS.md §8).
 */
public enum ConfirmationDecision implements jp.sitegate.domain.shared.Labelled {
    /** 確認済み: the evidence shows the declared fact; it counts for the confirming manufacturer's products. */
    CONFIRMED,
    /** 否認: the evidence does not show it; it does not count until the facility declares it anew and it is confirmed. */
    REJECTED;
}
