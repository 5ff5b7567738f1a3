package jp.sitegate.domain.model.facility;

/** What a partnership (連携施設) covers. */
public enum PartnerCoverage implements jp.sitegate.domain.shared.Labelled {
    /** ICU care at the partner (LUN-FAC-3 *2). */
    ICU_CARE,
    /** Inpatient management at the partner (ABE-ADV-1, IMD-FAC-1). */
    INPATIENT_CARE,
    /** Specialist guidance on adverse reactions (ABE-ADV-4). */
    SPECIALIST_SUPPORT,
    /** Same-day test results (ABE-ADV-1). */
    SAME_DAY_LAB_RESULTS;
}
