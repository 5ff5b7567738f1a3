package jp.sitegate.domain.model.briefing;

/** Roles of briefing attendees (LUN-BRF-1). */
public enum AttendeeRole {
    PHYSICIAN("医師", "physician"),
    PHARMACIST("薬剤師", "pharmacist"),
    NURSE("看護師", "nurse"),
    OTHER("その他", "other");

    private final String labelJa;
    private final String labelEn;

    AttendeeRole(String labelJa, String labelEn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
    }

    /** @return the Japanese label */
    public String labelJa() {
        return labelJa;
    }

    /** @return the English label */
    public String labelEn() {
        return labelEn;
    }
}
