package jp.sitegate.domain.shared;

/**
 * Security events that change no entity but belong in the hash-chained audit trail (issue 15, OWASP ASVS 4.0 §7.2):
 * successful and failed logins (unknown names included, never the password), lockouts, and refused requests. Each is
 * written in the caller's transaction, or in its own when there is none.
 */
public interface SecurityEvents {
    /** The event names, as the audit trail's {@code action}. */
    enum Kind {
        /** A user name and password matched. */
        LOGIN,
        /** A login failed: unknown name, wrong password, disabled account or inactive organisation. */
        LOGIN_FAILED,
        /** A login was refused because the account is locked. */
        LOGIN_LOCKED,
        /** Repeated wrong passwords locked the account. */
        LOCKOUT,
        /** A request was refused with 403. */
        DENIED
    }

    /**
     * @param kind         what happened
     * @param username     who: the user, or the name attempted (unknown names too)
     * @param organisation the organisation the user speaks for, or {@code null} (unknown name, anonymous)
     * @param detailJson   what else is known, a JSON object (for DENIED the method and path), or {@code null}
     */
    void record(Kind kind, String username, Long organisation, String detailJson);
}
