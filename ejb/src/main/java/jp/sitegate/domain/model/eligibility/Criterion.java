package jp.sitegate.domain.model.eligibility;

/**
 * One requirement type with its parameters: looks at a facility's facts at a moment and returns a result with
 * its evidence. Implementations are immutable and side-effect free.
 */
public interface Criterion {
    /**
     * @param facts   everything known about the facility (loaded in a fixed number of queries)
     * @param context the product and the day evaluated
     * @return the result, never {@code null}
     */
    CriterionResult evaluate(FacilityFacts facts, EvaluationContext context);
}
