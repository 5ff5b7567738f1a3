package jp.sitegate.domain.model.briefing;

import java.time.LocalDate;

/** Materials handed over at a briefing (LUN-BRF-3, IMD-WRN-2, IMD-COM-1). */
public enum BriefingMaterial implements jp.sitegate.domain.shared.Labelled {
    PACKAGE_INSERT(null),
    HCP_MATERIALS_CRS_GUIDANCE(null),
    PATIENT_MATERIALS(null),
    /** The September 2025 proper-use request (IMD-COM-1): the document is dated 2025年9月, so it exists from then. */
    PROPER_USE_REQUEST_CRS_2025_09(LocalDate.of(2025, 9, 1));

    private final LocalDate issuedOn;

    BriefingMaterial(LocalDate issuedOn) {
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
}
