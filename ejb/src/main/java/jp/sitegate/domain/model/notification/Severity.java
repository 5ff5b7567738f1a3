package jp.sitegate.domain.model.notification;

/** How urgent a notification is; the inbox sorts and colours by it. */
public enum Severity {
    /** For information (e.g. a facility became eligible). */
    INFO,
    /** Act soon (a lot expiring, a status flagged under LUN-DST-2). */
    WARNING,
    /** Deliveries are blocked (LUN-DST-1). */
    CRITICAL
}
