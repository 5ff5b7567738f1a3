package jp.sitegate.domain.model.eligibility;

import java.util.List;
import jp.sitegate.domain.shared.Reason;

/**
 * What one criterion found.
 *
 * @param status   MET, NOT_MET or UNKNOWN
 * @param reasonJa reason in Japanese
 * @param reasonEn reason in English
 * @param evidence the facts used (filings, physicians by id, briefings, lots), never personal data
 */
public record CriterionResult(FindingStatus status, String reasonJa, String reasonEn, List<Evidence> evidence) {
    /** Defensive copy. */
    public CriterionResult {
        evidence = List.copyOf(evidence);
    }

    /**
     * @param ja       reason in Japanese
     * @param en       reason in English
     * @param evidence facts used
     * @return a MET result
     */
    public static CriterionResult met(String ja, String en, List<Evidence> evidence) {
        return new CriterionResult(FindingStatus.MET, ja, en, evidence);
    }

    /**
     * @param ja       reason in Japanese
     * @param en       reason in English
     * @param evidence facts used
     * @return a NOT_MET result
     */
    public static CriterionResult notMet(String ja, String en, List<Evidence> evidence) {
        return new CriterionResult(FindingStatus.NOT_MET, ja, en, evidence);
    }

    /**
     * @param ja       reason in Japanese
     * @param en       reason in English
     * @param evidence facts used
     * @return an UNKNOWN result
     */
    public static CriterionResult unknown(String ja, String en, List<Evidence> evidence) {
        return new CriterionResult(FindingStatus.UNKNOWN, ja, en, evidence);
    }

    /**
     * @param evidence facts used
     * @param key      the reason's key in the {@code Messages} bundle (issue 13: the words live there)
     * @param args     its arguments (a {@link Reason} is written in each language)
     * @return a MET result
     */
    public static CriterionResult met(List<Evidence> evidence, String key, Object... args) {
        Reason why = Reason.of(key, args);
        return met(why.ja(), why.en(), evidence);
    }

    /**
     * @param evidence facts used
     * @param key      the reason's key in the {@code Messages} bundle
     * @param args     its arguments
     * @return a NOT_MET result
     */
    public static CriterionResult notMet(List<Evidence> evidence, String key, Object... args) {
        Reason why = Reason.of(key, args);
        return notMet(why.ja(), why.en(), evidence);
    }

    /**
     * @param evidence facts used
     * @param key      the reason's key in the {@code Messages} bundle
     * @param args     its arguments
     * @return an UNKNOWN result
     */
    public static CriterionResult unknown(List<Evidence> evidence, String key, Object... args) {
        Reason why = Reason.of(key, args);
        return unknown(why.ja(), why.en(), evidence);
    }
}
