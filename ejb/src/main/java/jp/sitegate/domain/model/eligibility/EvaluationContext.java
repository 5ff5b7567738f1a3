package jp.sitegate.domain.model.eligibility;

import java.time.LocalDate;

/**
 * @param productId the product evaluated (for per-product training and briefings)
 * @param date      the day evaluated, in Japan time
 */
public record EvaluationContext(long productId, LocalDate date) {
}
