package jp.sitegate.application.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jp.sitegate.testsupport.Beans;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import jp.sitegate.application.notification.NotificationService;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.infrastructure.config.ClockProducer;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The check cache (issue 6) never outlives a change: the same answer while nothing changes, a fresh one after any
 * write of domain data, on another day, or after the TTL; past moments are never cached.
 */
@DatabaseTest(demo = true)
class DecisionCacheTest {
    private static final String UNIV = "1912110952";
    private static final String LUNSUMIO = "4291476A1028";
    private static final Instant NOW = Instant.parse("2026-01-10T01:00:00Z");
    private final AtomicLong nanos = new AtomicLong(1_000);
    private H2Database db;

    @BeforeEach
    void setUp() {
        Actors.demoUsers(db, NOW);
        Actors.actAs(db, "fadmin2"); // the university hospital's administrator checks their own facility
        DecisionCache.useNanoTime(nanos::get);
        DecisionCache.clear();
    }

    @AfterEach
    void close() {
        Actors.signOut();
        DecisionCache.useNanoTime(null);
    }

    private DecisionDocument check(Instant now, Instant at) {
        AtomicReference<DecisionDocument> out = new AtomicReference<>();
        db.inTransaction(em -> {
            EligibilityService s = new EligibilityService();
            Inject.field(s, "em", em);
            Inject.field(s, "clock", Clock.fixed(now, ClockProducer.JAPAN));
            Inject.field(s, "authorization", Actors.authorization(em));
            NotificationService notifications = new NotificationService();
            Inject.field(notifications, "em", em);
            Inject.field(notifications, "clock", Clock.fixed(now, ClockProducer.JAPAN));
            Inject.field(s, "notifications", notifications);
            out.set(s.check(UNIV, LUNSUMIO, at));
        });
        return out.get();
    }

    @Test
    void theSameAnswerWhileNothingChangesAndAFreshOneAfterAWrite() {
        DecisionDocument first = check(NOW, null);
        assertEquals("ELIGIBLE", first.decision());
        assertSame(first, check(NOW.plusSeconds(5), null), "answered from the cache");
        db.inTransaction(em -> Beans.of(EligibilityEngine.class, em).facility(UNIV).declareCapability(Capability.CONTACT_24H, false,
                NOW.plusSeconds(6)));
        DecisionDocument after = check(NOW.plusSeconds(7), null);
        assertEquals("NOT_ELIGIBLE", after.decision(), "the write made the cached decision stale");
        assertEquals(java.util.List.of("LUN-FAC-2"), after.failingRequirements());
    }

    @Test
    void anotherDayTheTtlAndPastMomentsAreEvaluatedAfresh() {
        DecisionDocument first = check(NOW, null);
        assertNotSame(first, check(NOW.plusSeconds(86_400), null), "another day in Japan time");
        DecisionDocument today = check(NOW, null);
        assertSame(today, check(NOW, null));
        nanos.addAndGet(61_000_000_000L);
        assertNotSame(today, check(NOW, null), "older than 60 s");
        DecisionDocument past = check(NOW, NOW.minusSeconds(60));
        assertNotSame(past, check(NOW, NOW.minusSeconds(60)), "a past moment is never cached");
    }
}
