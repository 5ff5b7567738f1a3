package jp.sitegate.infrastructure.audit;

/**
 * Who is acting on the current thread, for the audit trail: the user and the organisation they speak for (issue
 * 10), set for each request through {@code jp.sitegate.application.Caller}; "system" (no organisation) for start-up
 * work and background jobs.
 */
public final class AuditContext {
    private static final ThreadLocal<String> USER = new ThreadLocal<>();
    private static final ThreadLocal<Long> ORGANISATION = new ThreadLocal<>();

    private AuditContext() {
    }

    /** @param username who is acting on this thread, or {@code null} to clear (then also the organisation) */
    public static void set(String username) {
        set(username, null);
    }

    /**
     * @param username     who is acting on this thread, or {@code null} to clear
     * @param organisation the organisation they act for, or {@code null}
     */
    public static void set(String username, Long organisation) {
        if (username == null) {
            USER.remove();
            ORGANISATION.remove();
        } else {
            USER.set(username);
            if (organisation == null) {
                ORGANISATION.remove();
            } else {
                ORGANISATION.set(organisation);
            }
        }
    }

    /** @return who is acting, or "system" */
    public static String current() {
        String u = USER.get();
        return u == null ? "system" : u;
    }

    /** @return the id of the organisation of whoever is acting, or {@code null} for the system */
    public static Long organisation() {
        return ORGANISATION.get();
    }
}
