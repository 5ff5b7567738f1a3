package jp.sitegate.infrastructure.audit;

/**
 * Who is acting on the current thread, for the audit trail: set by the web layer for each request, "system" for
 * start-up work and background jobs.
 */
public final class AuditContext {
    private static final ThreadLocal<String> USER = new ThreadLocal<>();

    private AuditContext() {
    }

    /** @param username who is acting on this thread, or {@code null} to clear */
    public static void set(String username) {
        if (username == null) {
            USER.remove();
        } else {
            USER.set(username);
        }
    }

    /** @return who is acting, or "system" */
    public static String current() {
        String u = USER.get();
        return u == null ? "system" : u;
    }
}
