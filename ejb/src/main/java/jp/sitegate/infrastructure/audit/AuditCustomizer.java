package jp.sitegate.infrastructure.audit;

import java.time.Clock;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.sessions.Session;

/**
 * Registers the {@link AuditListener} on every entity of the persistence unit except those marked
 * {@link NotAudited} ({@code eclipselink.session.customizer}), and holds the clock audit events are timed by: the
 * same injectable clock as the domain ({@link #useClock}), the system clock until one is set.
 */
public class AuditCustomizer implements SessionCustomizer {
    private static volatile Clock clock = Clock.systemUTC();

    /** @param c the clock audit events are timed by from now on (the domain clock) */
    public static void useClock(Clock c) {
        clock = c;
    }

    /** @return the clock audit events are timed by */
    public static Clock clock() {
        return clock;
    }

    @Override
    public void customize(Session session) {
        AuditListener listener = new AuditListener();
        for (ClassDescriptor d : session.getDescriptors().values()) {
            if (d.getJavaClass() != null && d.getJavaClass().isAnnotationPresent(NotAudited.class)) {
                continue;
            }
            d.getEventManager().addListener(listener);
        }
    }
}
