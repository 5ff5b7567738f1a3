package jp.sitegate.domain.model.briefing;

/** Requests the MR conveys to the staff (LUN-BRF-4). */
public enum BriefingRequest {
    EXPLAIN_TO_PATIENT("投与前に患者・家族へ有効性と危険性を説明", "explain efficacy and risks to patient and family"),
    EMERGENCY_CONTACT_IN_MATERIALS("患者向け資材に医師の緊急連絡先を記載", "write the emergency contact into patient materials"),
    CHECK_AT_LATER_DOSES("2回目以降の投与時に資材の携帯と緊急連絡先を確認", "check materials and contact at later doses");

    private final String labelJa;
    private final String labelEn;

    BriefingRequest(String labelJa, String labelEn) {
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
