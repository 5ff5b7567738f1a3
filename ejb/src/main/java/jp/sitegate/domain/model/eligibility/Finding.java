package jp.sitegate.domain.model.eligibility;

import java.util.List;

/**
 * One requirement of a profile as evaluated (REQUIREMENTS.md §7).
 *
 * @param requirementId REQUIREMENTS.md id, e.g. {@code LUN-FAC-3}
 * @param clause        source clause
 * @param titleJa       requirement in Japanese
 * @param titleEn       requirement in English
 * @param status        MET, NOT_MET or UNKNOWN
 * @param reasonJa      reason in Japanese
 * @param reasonEn      reason in English
 * @param evidence      facts used, structured (issue 12)
 */
public record Finding(String requirementId, String clause, String titleJa, String titleEn, FindingStatus status,
        String reasonJa, String reasonEn, List<Evidence> evidence) {
    /** Defensive copy. */
    public Finding {
        evidence = List.copyOf(evidence);
    }
}
