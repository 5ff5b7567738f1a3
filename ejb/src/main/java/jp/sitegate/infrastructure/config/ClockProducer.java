package jp.sitegate.infrastructure.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;
import java.time.ZoneId;

/**
 * Produces the clock all domain time comes from (Japan time); tests and scenarios replace it with a fixed or
 * offset clock. Nothing in the domain reads the system clock directly.
 */
@ApplicationScoped
public class ClockProducer {
    /** Time zone of every date SiteGate reasons about. */
    public static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo");

    /** @return the system clock in Japan time */
    @Produces
    @ApplicationScoped
    public Clock clock() {
        Clock c = Clock.system(JAPAN);
        jp.sitegate.infrastructure.audit.AuditCustomizer.useClock(c);
        return c;
    }
}
