package jp.sitegate.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.function.Supplier;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.shared.ForbiddenException;
import jp.sitegate.infrastructure.audit.AuditContext;

/**
 * Who is calling the application services on this thread (issue 10): the authenticated user and the organisation
 * they speak for, set by the web layer for each request ({@code CallerFilter}) and injected into the services,
 * which authorise with it. Start-up and background work acts as the system through {@link #asSystem}; a thread
 * with neither is refused (fail closed). Also tells the audit trail who acts ({@link AuditContext}).
 */
@ApplicationScoped
public class Caller {
    private static final ThreadLocal<AuthenticatedUser> USER = new ThreadLocal<>();
    private static final ThreadLocal<Boolean> SYSTEM = new ThreadLocal<>();

    /**
     * Sets the caller of the current thread (the web layer, at the start of each request).
     *
     * @param user the authenticated user, or {@code null} for nobody
     */
    public void actAs(AuthenticatedUser user) {
        if (user == null) {
            clear();
            return;
        }
        USER.set(user);
        AuditContext.set(user.username(), user.organisationId());
    }

    /** Forgets the caller of the current thread (the web layer, at the end of each request). */
    public void clear() {
        USER.remove();
        AuditContext.set(null);
    }

    /**
     * @return the authenticated caller
     * @throws ForbiddenException when nobody is signed in on this thread
     */
    public AuthenticatedUser user() {
        AuthenticatedUser u = USER.get();
        if (u == null) {
            throw ForbiddenException.of(null, "access.sign-in-required");
        }
        return u;
    }

    /** @return true while the current thread runs {@link #asSystem} work (start-up, timers) */
    public boolean system() {
        return Boolean.TRUE.equals(SYSTEM.get());
    }

    /**
     * Runs start-up or background work as the system, which every rule lets through.
     *
     * @param work the work
     * @param <T>  its result
     * @return the work's result
     */
    public <T> T asSystem(Supplier<T> work) {
        Boolean before = SYSTEM.get();
        SYSTEM.set(Boolean.TRUE);
        try {
            return work.get();
        } finally {
            if (before == null) {
                SYSTEM.remove();
            } else {
                SYSTEM.set(before);
            }
        }
    }
}
