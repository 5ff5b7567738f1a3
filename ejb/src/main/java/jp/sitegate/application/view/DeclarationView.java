package jp.sitegate.application.view;

import java.util.List;

/**
 * A facility's declaration with the manufacturers' decisions about it (issue 11, REQUIREMENTS.md §8), as the facility
 * page, the MR's confirmation queue and the API show it.
 *
 * @param id            declaration id
 * @param facilityCode  facility code
 * @param facilityName  facility name
 * @param fact          {@code CONTACT_24H}, …, {@code ICU_EQUIVALENT}, {@code TRANSPLANT_CATEGORY} or {@code PHYSICIAN}
 * @param subjectId     the physician for {@code PHYSICIAN}, else {@code null}
 * @param labelJa       what is declared, in Japanese
 * @param labelEn       what is declared, in English
 * @param value         the declared value as text ({@code true}/{@code false}, a category, a physician's summary)
 * @param declaredBy    who declared it
 * @param declaredAt    when (ISO-8601)
 * @param current       false once superseded by a newer declaration
 * @param confirmations the manufacturers' decisions, oldest first
 */
public record DeclarationView(long id, String facilityCode, String facilityName, String fact, Long subjectId,
        String labelJa, String labelEn, String value, String declaredBy, String declaredAt, boolean current,
        List<Decision> confirmations) {

    /**
     * One manufacturer's decision.
     *
     * @param id               confirmation id
     * @param organisationId   the manufacturer
     * @param organisationName its name (Japanese)
     * @param decision         {@code CONFIRMED} or {@code REJECTED}
     * @param decisionJa       確認済み / 否認
     * @param decidedBy        who
     * @param seenOn           the day the evidence was seen (YYYY-MM-DD)
     * @param decidedAt        when recorded (ISO-8601)
     * @param note             the site-visit note, or {@code null}
     * @param documentId       the uploaded document, or {@code null}
     * @param documentName     its file name, or {@code null}
     * @param documentSha256   its SHA-256 (hex), or {@code null}
     */
    public record Decision(long id, long organisationId, String organisationName, String decision, String decisionJa,
            String decidedBy, String seenOn, String decidedAt, String note, Long documentId, String documentName,
            String documentSha256) {
    }

    /**
     * @param organisationId a manufacturer
     * @return that manufacturer's standing decision (its newest), or {@code null}
     */
    public Decision standingOf(long organisationId) {
        Decision d = null;
        for (Decision c : confirmations) {
            if (c.organisationId() == organisationId) {
                d = c;
            }
        }
        return d;
    }
}
