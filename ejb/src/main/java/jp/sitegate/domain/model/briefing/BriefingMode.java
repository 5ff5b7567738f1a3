package jp.sitegate.domain.model.briefing;

/** How a briefing was given (LUN-BRF-2). */
public enum BriefingMode implements jp.sitegate.domain.shared.Labelled {
    /** The MR visited the facility. */
    IN_PERSON,
    /** Online meeting; valid only with the facility's visit restriction as reason. */
    ONLINE;
}
