package jp.sitegate.domain.model.eligibility;

import java.util.List;

/**
 * A profile requirement ready to evaluate: its id, clause, titles and criteria (all must be met).
 *
 * @param requirementId REQUIREMENTS.md id
 * @param clause        source clause
 * @param titleJa       title in Japanese
 * @param titleEn       title in English
 * @param criteria      criteria, not empty
 */
public record CompiledRequirement(String requirementId, String clause, String titleJa, String titleEn,
        List<Criterion> criteria) {
    /** Defensive copy. */
    public CompiledRequirement {
        criteria = List.copyOf(criteria);
    }

    /**
     * Evaluates every criterion and combines them: the worst status wins, reasons and evidence are joined.
     *
     * @param facts   the facility's facts
     * @param context product and day
     * @return the finding
     */
    public Finding evaluate(FacilityFacts facts, EvaluationContext context) {
        FindingStatus status = FindingStatus.MET;
        StringBuilder ja = new StringBuilder();
        StringBuilder en = new StringBuilder();
        java.util.ArrayList<Evidence> evidence = new java.util.ArrayList<>();
        for (Criterion c : criteria) {
            CriterionResult r = c.evaluate(facts, context);
            status = status.worse(r.status());
            if (ja.length() > 0) {
                ja.append("／");
                en.append("; ");
            }
            ja.append(r.reasonJa());
            en.append(r.reasonEn());
            evidence.addAll(r.evidence());
        }
        return new Finding(requirementId, clause, titleJa, titleEn, status, ja.toString(), en.toString(), evidence);
    }
}
