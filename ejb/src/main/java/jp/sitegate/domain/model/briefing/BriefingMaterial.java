package jp.sitegate.domain.model.briefing;

/** Materials handed over at a briefing (LUN-BRF-3, IMD-WRN-2, IMD-COM-1). */
public enum BriefingMaterial {
    PACKAGE_INSERT("電子添文", "electronic package insert"),
    HCP_MATERIALS_CRS_GUIDANCE("医療従事者向け資材（CRSの管理ガイダンスを含む）", "HCP materials incl. CRS management guidance"),
    PATIENT_MATERIALS("患者向け資材", "patient materials"),
    PROPER_USE_REQUEST_CRS_2025_09("適正使用のお願い（CRS、2025年9月）", "proper-use request on CRS (September 2025)");

    private final String labelJa;
    private final String labelEn;

    BriefingMaterial(String labelJa, String labelEn) {
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
