package jp.sitegate.application.view;

import jp.sitegate.domain.model.eligibility.Evidence;
import jp.sitegate.domain.model.eligibility.EvidenceText;
import jp.sitegate.domain.model.status.StatusLevel;
import java.util.List;
import jp.sitegate.domain.model.eligibility.Decision;
import jp.sitegate.domain.model.eligibility.Finding;

/**
 * The decision as the API shows it and as it is stored (REQUIREMENTS.md §7). Field names are a fixed point of
 * the API: {@code decision}, {@code findings[].requirementId/status/clause/reason/evidence}.
 *
 * @param decisionId               stored decision id, or {@code null} for an unstored check
 * @param decision                 ELIGIBLE or NOT_ELIGIBLE
 * @param facilityCode             medical institution code
 * @param facilityName             facility name
 * @param product                  product key
 * @param productName              product name (Japanese)
 * @param yjCode                   YJ code asked for
 * @param at                       the moment the decision is about (ISO-8601)
 * @param decidedAt                when it was computed (ISO-8601)
 * @param profileVersion           profile version in force
 * @param profileEffectiveFrom     its first day (ISO date)
 * @param provisional              whether that profile is provisional
 * @param firstDeliveryRestriction NOT_APPLICABLE, ACTIVE or RELEASED (LUN-DST-2)
 * @param failingRequirements      ids of requirements not MET
 * @param status                   ELIGIBLE, FLAGGED (delivery allowed after release although requirements are not
 *                                 met, LUN-DST-2) or NOT_ELIGIBLE (issue 5)
 * @param findings                 one per requirement
 * @param releaseClause            the product's own clause that releases the first-delivery restriction, or
 *                                 {@code null} when the profile version gates every delivery (issue 12)
 */
public record DecisionDocument(String decisionId, String decision, String facilityCode, String facilityName,
        String product, String productName, String yjCode, String at, String decidedAt, int profileVersion,
        String profileEffectiveFrom, boolean provisional, String firstDeliveryRestriction,
        List<String> failingRequirements, String status, List<FindingDocument> findings, String releaseClause) {

    /**
     * One finding.
     *
     * @param requirementId REQUIREMENTS.md id
     * @param status        MET, NOT_MET or UNKNOWN
     * @param clause        source clause
     * @param title         requirement (Japanese)
     * @param titleEn       requirement (English)
     * @param reason        reason (Japanese)
     * @param reasonEn      reason (English)
     * @param evidence      facts used, structured (issue 12)
     */
    public record FindingDocument(String requirementId, String status, String clause, String title, String titleEn,
            String reason, String reasonEn, List<EvidenceDocument> evidence) {
    }

    /**
     * One fact a finding used (issue 12): its kind and parameters, and its text in both languages.
     *
     * @param kind   an {@link jp.sitegate.domain.model.eligibility.EvidenceKind} name, e.g. {@code FILING}
     * @param params its parameters (strings, numbers, {@code {ja, en}} labels, nested {@code {kind, params}}, lists)
     * @param text   Japanese
     * @param textEn English
     */
    public record EvidenceDocument(String kind, java.util.Map<String, Object> params, String text, String textEn) {
        /**
         * @param e the evidence
         * @return its document form
         */
        public static EvidenceDocument of(Evidence e) {
            return new EvidenceDocument(e.kind().name(), EvidenceText.params(e), e.ja(), e.en());
        }
    }

    /**
     * @param d the decision
     * @return its document form
     */
    public static DecisionDocument of(Decision d) {
        return new DecisionDocument(d.decisionId(), d.outcome().name(), d.facilityCode(), d.facilityName(),
                d.productKey(), d.productNameJa(), d.yjCode(), d.evaluatedFor().toString(), d.decidedAt().toString(),
                d.profileVersion(), d.profileEffectiveFrom().toString(), d.provisional(), d.firstDelivery().name(),
                d.failingRequirementIds(), StatusLevel.of(d).name(),
                d.findings().stream().map(DecisionDocument::finding).toList(), d.releaseClause());
    }

    private static FindingDocument finding(Finding f) {
        return new FindingDocument(f.requirementId(), f.status().name(), f.clause(), f.titleJa(), f.titleEn(),
                f.reasonJa(), f.reasonEn(), f.evidence().stream().map(EvidenceDocument::of).toList());
    }
}
