package jp.sitegate.domain.model.briefing;

import java.time.LocalDate;

/** Materials handed over at a briefing (LUN-BRF-3, IMD-WRN-2, IMD-COM-1). */
public enum BriefingMaterial {
    PACKAGE_INSERT("電子添文", "electronic package insert", null),
    HCP_MATERIALS_CRS_GUIDANCE("医療従事者向け資材（CRSの管理ガイダンスを含む）", "HCP materials incl. CRS management guidance",
            null),
    PATIENT_MATERIALS("患者向け資材", "patient materials", null),
    /** The September 2025 proper-use request (IMD-COM-1): the document is dated 2025年9月, so it exists from then. */
    PROPER_USE_REQUEST_CRS_2025_09("適正使用のお願い（CRS、2025年9月）", "proper-use request on CRS (September 2025)",
            LocalDate.of(2025, 9, 1));

    private final String labelJa;
    private final String labelEn;
    private final LocalDate issuedOn;

    BriefingMaterial(String labelJa, String labelEn, LocalDate issuedOn) {
        this.labelJa = labelJa;
        this.labelEn = labelEn;
        this.issuedOn = issuedOn;
    }

    /**
     * @return the earliest day the document existed (its issue date, the first of its month when only the month is
     *         printed), or {@code null} when it predates every product here: nothing can hand it over earlier
     *         (issue 11)
     */
    public LocalDate issuedOn() {
        return issuedOn;
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
