package jp.sitegate.domain.model.briefing;

/** Roles of briefing attendees (LUN-BRF-1). */
public enum AttendeeRole implements jp.sitegate.domain.shared.Labelled {
    PHYSICIAN,
    PHARMACIST,
    NURSE,
    OTHER;
}
