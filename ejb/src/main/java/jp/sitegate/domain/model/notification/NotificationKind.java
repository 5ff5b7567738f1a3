package jp.sitegate.domain.model.notification;

/** What a notification is about (issue 5). */
public enum NotificationKind {
    /** A (facility, product) status changed: ELIGIBLE, FLAGGED or NOT_ELIGIBLE. */
    STATUS_CHANGED,
    /** A tocilizumab lot expires within 60 days (LUN-FAC-4, ABE-ADV-2, IMD-BAS-1). */
    LOT_EXPIRING_60,
    /** A tocilizumab lot expires within 30 days. */
    LOT_EXPIRING_30,
    /** Unexpired tocilizumab stock will fall below a profile's minimum on a known date if nothing is received. */
    STOCK_BELOW_MINIMUM_AHEAD,
    /** The manufacturer suspended supply to a facility (出荷停止, issue 11). */
    SUPPLY_SUSPENDED,
    /** The manufacturer lifted a supply suspension. */
    SUPPLY_RESUMED,
    /** A manufacturer's confirmation of a declared fact lapses within 30 days (issue 11). */
    CONFIRMATION_LAPSING
}
