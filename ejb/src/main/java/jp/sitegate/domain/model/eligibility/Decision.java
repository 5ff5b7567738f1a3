package jp.sitegate.domain.model.eligibility;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The gate's decision for (facility, product, moment), REQUIREMENTS.md §7.
 *
 * @param decisionId          id of the stored decision, or {@code null} for a check that was not stored
 * @param facilityCode        medical institution code
 * @param facilityName        facility name
 * @param productKey          product key, e.g. LUNSUMIO
 * @param productNameJa       product name in Japanese
 * @param yjCode              YJ code asked for
 * @param evaluatedFor        the moment the decision is about
 * @param decidedAt           when it was computed
 * @param outcome             ELIGIBLE or NOT_ELIGIBLE
 * @param profileVersion      version of the profile in force at that moment
 * @param profileEffectiveFrom first day of that profile version
 * @param provisional         true when that profile is provisional
 * @param firstDelivery       state of the first-delivery restriction (LUN-DST-2)
 * @param findings            one per requirement, in profile order
 * @param releaseClause       the product's own clause that releases the first-delivery restriction (the profile
 *                            version's, issue 12), or {@code null} when every delivery is gated
 */
public record Decision(String decisionId, String facilityCode, String facilityName, String productKey,
        String productNameJa, String yjCode, Instant evaluatedFor, Instant decidedAt, DecisionOutcome outcome,
        int profileVersion, LocalDate profileEffectiveFrom, boolean provisional, FirstDeliveryStatus firstDelivery,
        List<Finding> findings, String releaseClause) {

    /** Defensive copy. */
    public Decision {
        findings = List.copyOf(findings);
    }

    /**
     * @param id the stored decision's id
     * @return this decision carrying {@code id}
     */
    public Decision withId(String id) {
        return new Decision(id, facilityCode, facilityName, productKey, productNameJa, yjCode, evaluatedFor, decidedAt,
                outcome, profileVersion, profileEffectiveFrom, provisional, firstDelivery, findings, releaseClause);
    }

    /**
     * A finding made beside the profile's for this request (issue 12: the patient's checklist of a per-patient
     * delivery), listed last; one that is not MET makes the decision NOT_ELIGIBLE.
     *
     * @param f the finding
     * @return this decision with {@code f} added
     */
    public Decision withFinding(Finding f) {
        List<Finding> all = new java.util.ArrayList<>(findings);
        all.add(f);
        DecisionOutcome o = f.status() == FindingStatus.MET ? outcome : DecisionOutcome.NOT_ELIGIBLE;
        return new Decision(decisionId, facilityCode, facilityName, productKey, productNameJa, yjCode, evaluatedFor,
                decidedAt, o, profileVersion, profileEffectiveFrom, provisional, firstDelivery, all, releaseClause);
    }

    /** @return the ids of requirements not MET */
    public List<String> failingRequirementIds() {
        return findings.stream().filter(f -> f.status() != FindingStatus.MET).map(Finding::requirementId).toList();
    }
}
