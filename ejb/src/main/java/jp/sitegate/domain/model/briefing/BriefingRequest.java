package jp.sitegate.domain.model.briefing;

/** Requests the MR conveys to the staff (LUN-BRF-4). */
public enum BriefingRequest implements jp.sitegate.domain.shared.Labelled {
    EXPLAIN_TO_PATIENT,
    EMERGENCY_CONTACT_IN_MATERIALS,
    CHECK_AT_LATER_DOSES;
}
