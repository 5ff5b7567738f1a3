package jp.sitegate.domain.model.eligibility;

import java.time.LocalDate;

/**
 * @param productId      the product evaluated (for per-product training and briefings)
 * @param date           the day evaluated, in Japan time
 * @param manufacturerId the product's manufacturer (whose confirmations count, issue 11), or {@code null}
 * @param profileEffectiveFrom the evaluated profile version's effective date (for {@code requireFreshBriefing} and
 *                       {@code requireFreshConfirmation}, issue 11), or {@code null}
 * @param maxListAgeDays days a regional health bureau list may be old before a finding resting on it is UNKNOWN (the
 *                       profile version's setting, issue 12; default 120)
 */
public record EvaluationContext(long productId, LocalDate date, Long manufacturerId, LocalDate profileEffectiveFrom,
        int maxListAgeDays) {
    /** Default of {@link #maxListAgeDays}: the lists are published monthly. */
    public static final int DEFAULT_MAX_LIST_AGE_DAYS = 120;

    /**
     * A context with the default list age.
     *
     * @param productId            the product
     * @param date                 the day
     * @param manufacturerId       the product's manufacturer, or {@code null}
     * @param profileEffectiveFrom the profile version's effective date, or {@code null}
     */
    public EvaluationContext(long productId, LocalDate date, Long manufacturerId, LocalDate profileEffectiveFrom) {
        this(productId, date, manufacturerId, profileEffectiveFrom, DEFAULT_MAX_LIST_AGE_DAYS);
    }

    /**
     * A context without the profile's effective date.
     *
     * @param productId      the product
     * @param date           the day
     * @param manufacturerId the product's manufacturer, or {@code null}
     */
    public EvaluationContext(long productId, LocalDate date, Long manufacturerId) {
        this(productId, date, manufacturerId, null);
    }

    /**
     * @param day a day something happened (a briefing, a confirmation)
     * @return true when it happened on or after the profile version's effective date (or that date is not known)
     */
    public boolean onOrAfterProfile(LocalDate day) {
        return profileEffectiveFrom == null || !day.isBefore(profileEffectiveFrom);
    }

    /**
     * A context without a manufacturer (no manufacturer's confirmation counts unless a profile accepts any).
     *
     * @param productId the product
     * @param date      the day
     */
    public EvaluationContext(long productId, LocalDate date) {
        this(productId, date, null, null);
    }
}
