package jp.sitegate.domain.model.briefing;

import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * What kind of visit restriction a facility has (訪問規制, LUN-BRF-2, issue 11): an online briefing counts only under a
 * restriction of the facility recorded as such — its kind and since when — never a preference for online, nor a
 * text that says there is no restriction.
 */
public enum VisitRestrictionKind implements jp.sitegate.domain.shared.Labelled {
    /** Infection control (院内感染対策). */
    INFECTION_CONTROL,
    /** The facility's policy on visitors (施設の方針). */
    FACILITY_POLICY,
    /** A disaster (災害). */
    DISASTER,
    /** Another restriction, described in the text. */
    OTHER;

    /** Texts that say there is no restriction (なし, 特になし, 訪問規制なし, none, …). */
    private static final Pattern NONE = Pattern.compile(
            "^\\s*(特に)?(訪問)?(規制|制限)?\\s*(なし|無し|ない|ありません|無)\\s*[。.]?\\s*$"
                    + "|^\\s*(none|no|n/a|no restrictions?|not restricted)\\s*\\.?\\s*$",
            Pattern.CASE_INSENSITIVE);

    /**
     * Whether a briefing's mode is acceptable under LUN-BRF-2 (in person, or online under the facility's recorded
     * visit restriction), the one rule the engine and the briefing record both use.
     *
     * @param mode      the briefing's mode
     * @param kind      the restriction's kind, or {@code null}
     * @param since     since when the facility restricts visits, or {@code null}
     * @param text      the restriction's description, or {@code null}
     * @param briefedOn the briefing's date
     * @return true in person; online only with a kind, a start on or before the briefing, a description for OTHER,
     *         and no text saying there is none
     */
    public static boolean permits(BriefingMode mode, VisitRestrictionKind kind, LocalDate since, String text,
            LocalDate briefedOn) {
        if (mode == BriefingMode.IN_PERSON) {
            return true;
        }
        if (kind == null || since == null || since.isAfter(briefedOn)) {
            return false;
        }
        boolean described = text != null && !text.isBlank();
        if (described && saysNone(text)) {
            return false;
        }
        return kind != OTHER || described;
    }

    /**
     * @param text a description
     * @return true when it says there is no restriction
     */
    public static boolean saysNone(String text) {
        return text != null && NONE.matcher(text.strip()).matches();
    }
}
