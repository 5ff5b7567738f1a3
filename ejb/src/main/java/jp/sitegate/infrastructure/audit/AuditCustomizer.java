package jp.sitegate.infrastructure.audit;

import jp.sitegate.domain.shared.NotAudited;
import java.time.Clock;
import org.eclipse.persistence.config.SessionCustomizer;
import org.eclipse.persistence.descriptors.ClassDescriptor;
import org.eclipse.persistence.internal.databaseaccess.DatabasePlatform;
import org.eclipse.persistence.sessions.Session;

/**
 * Registers the {@link AuditListener} on every entity of the persistence unit except those marked
 * {@link NotAudited} and embeddables, which are written with their entity ({@code eclipselink.session.customizer}), and holds the clock audit events are timed by: the
 * same injectable clock as the domain ({@link #useClock}), the system clock until one is set.
 * <p>
 * It also turns off EclipseLink's use of {@code Statement.getGeneratedKeys()} for IDENTITY keys: in the EclipseLink
 * Payara 6 bundles (4.0.7.payara-p1) every such insert leaves its statement and generated-keys result set open on the
 * pooled connection (eclipse-ee4j/eclipselink#2366), about 1 KB per insert until the heap is full — found by the
 * national-scale generator (issue 6). EclipseLink then reads the key with {@code SELECT LAST_INSERT_ID()}, one more
 * query per insert, closed after use.
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
        if (session.getDatasourcePlatform() instanceof DatabasePlatform platform) {
            platform.setSupportsReturnGeneratedKeys(false);
        }
        AuditListener listener = new AuditListener();
        for (ClassDescriptor d : session.getDescriptors().values()) {
            // an embeddable (aggregate) is written as part of its entity, which is audited (or not) as a whole: a
            // listener on it wrote a second, nameless event for every served facility's key (ServedFacility.Key)
            if (d.isAggregateDescriptor() || d.getJavaClass() != null
                    && d.getJavaClass().isAnnotationPresent(NotAudited.class)) {
                continue;
            }
            d.getEventManager().addListener(listener);
        }
    }
}
