package jp.sitegate.domain.model.eligibility;

/**
 * The kinds of {@link Evidence} (issue 12). Each has a template in the bundle
 * {@code jp/sitegate/domain/model/eligibility/Evidence} in Japanese and English (EvidenceTextTest checks every kind);
 * the parameters each one takes are listed here in order.
 */
public enum EvidenceKind {
    /** Parameters: symbol, level, start, listDate. */
    FILING,
    /** Parameters: symbol, level, start, lastSeen, absentFrom. */
    FILING_LAPSED,
    /** Parameters: filing, accepts. */
    LEVEL_NOT_ACCEPTED,
    /** Parameters: prefecture, listDate, ageDays, maxDays. */
    LIST_STALE,
    /** Parameters: prefecture. */
    LIST_MISSING,
    /** Parameters: prefecture, day, oldest. */
    LIST_NOT_COVERING,
    /** Parameters: prefecture, listDate. */
    LIST_CURRENT,
    /** Parameters: by, on. */
    DECLARED_BY,
    /** Parameters: none. */
    DECLARED_BY_FACILITY,
    /** Parameters: by, on. */
    CONFIRMED_BY,
    /** Parameters: by, on, seen. */
    CONFIRMED_BY_WITH,
    /** Parameters: by, on. */
    REJECTED_BY,
    /** Parameters: by, on, seen. */
    REJECTED_BY_WITH,
    /** Parameters: none. */
    COUNTED_AS_DECLARED,
    /** Parameters: name, sha. */
    SEEN_DOCUMENT,
    /** Parameters: none. */
    SEEN_NOTE,
    /** Parameters: name, sha. */
    SEEN_DOCUMENT_AND_NOTE,
    /** Parameters: none. */
    NOT_CONFIRMED,
    /** Parameters: none. */
    NOT_A_MANUFACTURER,
    /** Parameters: none. */
    OTHER_MANUFACTURER,
    /** Parameters: on, months. */
    CONFIRMATION_LAPSED,
    /** Parameters: on, profileFrom. */
    CONFIRMATION_BEFORE_REVISION,
    /** Parameters: declared, outcome. */
    DECLARATION,
    /** Parameters: capability, declaration. */
    CAPABILITY,
    /** Parameters: capability. */
    CAPABILITY_ABSENT,
    /** Parameters: declaration. */
    ICU_EQUIVALENT,
    /** Parameters: category. */
    TRANSPLANT_CATEGORY,
    /** Parameters: category, declaration. */
    TRANSPLANT_CATEGORY_DECLARED,
    /** Parameters: code, name. */
    PARTNER,
    /** Parameters: code, name, coverage. */
    PARTNER_COVERS,
    /** Parameters: code, name, how. */
    PARTNER_ICU,
    /** Parameters: none. */
    PARTNER_ICU_EQUIVALENT,
    /** Parameters: code, name. */
    PARTNER_AWAITING,
    /** Parameters: beds. */
    BEDS,
    /** Parameters: id. */
    PHYSICIAN_QUALIFIES,
    /** Parameters: id, declaration. */
    PHYSICIAN_QUALIFIES_CONFIRMED,
    /** Parameters: id, declaration. */
    PHYSICIAN_PENDING,
    /** Parameters: id, declaration. */
    PHYSICIAN_REJECTED,
    /** Parameters: id, missing. */
    PHYSICIAN_UNKNOWN,
    /** Parameters: id, gaps. */
    PHYSICIAN_NOT_MET,
    /** Parameters: none. */
    MISSING_LICENCE_DATE,
    /** Parameters: none. */
    MISSING_HEMATOLOGY_YEARS,
    /** Parameters: none. */
    MISSING_CHEMOTHERAPY_YEARS,
    /** Parameters: none. */
    MISSING_TRANSPLANT_TRAINING_YEARS,
    /** Parameters: none. */
    MISSING_ALLOGENEIC_TRANSPLANTS,
    /** Parameters: min. */
    GAP_LICENCE_YEARS,
    /** Parameters: min. */
    GAP_HEMATOLOGY_YEARS,
    /** Parameters: min. */
    GAP_CHEMOTHERAPY_YEARS,
    /** Parameters: min. */
    GAP_TRANSPLANT_TRAINING_YEARS,
    /** Parameters: min. */
    GAP_ALLOGENEIC_TRANSPLANTS,
    /** Parameters: requirement. */
    GAP_ATTESTATION,
    /** Parameters: none. */
    GAP_PRODUCT_TRAINING,
    /** Parameters: months. */
    GAP_PRODUCT_TRAINING_OLD,
    /** Parameters: none. */
    SITEGATE_DEFAULT,
    /** Parameters: lot, yj, vials, expiry, mg. */
    LOT_COUNTED,
    /** Parameters: lot, yj, vials, expiry, why. */
    LOT_NOT_COUNTED,
    /** Parameters: none. */
    LOT_UNKNOWN_CODE,
    /** Parameters: none. */
    LOT_SUBCUTANEOUS,
    /** Parameters: none. */
    LOT_EXPIRED,
    /** Parameters: id, on, mode. */
    BRIEFING,
    /** Parameters: id, on, mode. */
    BRIEFING_LATE,
    /** Parameters: briefing. */
    BRIEFING_BEFORE_REVISION,
    /** Parameters: briefing. */
    BRIEFING_NO_RESTRICTION,
    /** Parameters: briefing, restriction. */
    BRIEFING_UNDER_RESTRICTION,
    /** Parameters: id. */
    SUSPENSION,
    /** Parameters: id. */
    PATIENT_CHECKLIST,
    /** Parameters: id, on, physician. */
    PATIENT_CHECKLIST_ASSESSED;
}
