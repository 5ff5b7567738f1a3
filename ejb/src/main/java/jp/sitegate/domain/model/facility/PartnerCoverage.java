package jp.sitegate.domain.model.facility;

/** What a partnership (連携施設) covers. */
public enum PartnerCoverage {
    /** ICU care at the partner (LUN-FAC-3 *2). */
    ICU_CARE("ICUでの管理", "ICU care"),
    /** Inpatient management at the partner (ABE-ADV-1, IMD-FAC-1). */
    INPATIENT_CARE("入院管理", "inpatient care"),
    /** Specialist guidance on adverse reactions (ABE-ADV-4). */
    SPECIALIST_SUPPORT("専門医の支援", "specialist support"),
    /** Same-day test results (ABE-ADV-1). */
    SAME_DAY_LAB_RESULTS("当日中の検査結果", "same-day test results");

    private final String labelJa;
    private final String labelEn;

    PartnerCoverage(String labelJa, String labelEn) {
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
