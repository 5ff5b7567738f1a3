package jp.sitegate.domain.model.eligibility;

import java.time.LocalDate;

/**
 * @param productId      the product evaluated (for per-product training and briefings)
 * @param date           the day evaluated, in Japan time
 * @param manufacturerId the product's manufacturer (whose confirmations count, issue 11), or {@code null}
 */
public record EvaluationContext(long productId, LocalDate date, Long manufacturerId) {
    /**
     * A context without a manufacturer (no manufacturer's confirmation counts unless a profile accepts any).
     *
     * @param productId the product
     * @param date      the day
     */
    public EvaluationContext(long productId, LocalDate date) {
        this(productId, date, null);
    }
}
