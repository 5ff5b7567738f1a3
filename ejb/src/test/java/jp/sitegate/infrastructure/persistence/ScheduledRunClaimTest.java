package jp.sitegate.infrastructure.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import jp.sitegate.domain.model.status.ScheduledRunRepository;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a scheduled run's slot is claimed by one instance of the cluster (V23 {@code scheduled_run}); the others
 * skip it; an unfinished claim older than the lease is taken over.
 */
@DatabaseTest(demo = false)
class ScheduledRunClaimTest {
    private static final Instant NOW = Instant.parse("2026-12-03T17:00:00Z");
    private H2Database db;

    private boolean claim(String slot, String instance, Instant now) {
        return db.inTransactionReturning(em -> new JpaScheduledRunRepository(em).claim("daily-reevaluation", slot,
                instance, now, now.minus(Duration.ofHours(2))));
    }

    @Test
    void theFirstInstanceClaimsTheDayAndTheOtherSkipsIt() {
        assertTrue(claim("2026-12-04", "instance-a", NOW));
        assertFalse(claim("2026-12-04", "instance-b", NOW.plusSeconds(1)));
        assertFalse(claim("2026-12-04", "instance-a", NOW.plusSeconds(2)), "not twice on the same instance either");
        assertTrue(claim("2026-12-05", "instance-b", NOW.plus(Duration.ofDays(1))), "the next day is a new slot");
        ScheduledRunRepository.Claim c = db.inTransactionReturning(em -> new JpaScheduledRunRepository(em)
                .find("daily-reevaluation", "2026-12-04")).orElseThrow();
        assertEquals("instance-a", c.claimedBy());
        assertNull(c.finishedAt());
    }

    @Test
    void aClaimNeverFinishedIsTakenOverAfterTheLeaseAndAFinishedOneNever() {
        assertTrue(claim("2026-12-04", "instance-a", NOW));
        assertFalse(claim("2026-12-04", "instance-b", NOW.plus(Duration.ofMinutes(119))), "within the lease");
        assertTrue(claim("2026-12-04", "instance-b", NOW.plus(Duration.ofMinutes(121))), "instance-a died");
        db.inTransaction(em -> new JpaScheduledRunRepository(em).finish("daily-reevaluation", "2026-12-04",
                "instance-b", NOW.plus(Duration.ofMinutes(130)), "3 facilities, 0 status changes, 0 failed"));
        assertFalse(claim("2026-12-04", "instance-a", NOW.plus(Duration.ofHours(10))), "finished: never again");
        ScheduledRunRepository.Claim c = db.inTransactionReturning(em -> new JpaScheduledRunRepository(em)
                .find("daily-reevaluation", "2026-12-04")).orElseThrow();
        assertEquals("instance-b", c.claimedBy());
        assertEquals(NOW.plus(Duration.ofMinutes(130)), c.finishedAt());
        assertTrue(c.summary().startsWith("3 facilities"));
    }

    @Test
    void ofManyInstancesClaimingAtOnceExactlyOneGetsIt() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> claims = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                String instance = "instance-" + i;
                claims.add(pool.submit((Callable<Boolean>) () -> claim("2026-12-04", instance, NOW)));
            }
            int won = 0;
            for (Future<Boolean> f : claims) {
                won += f.get() ? 1 : 0;
            }
            assertEquals(1, won);
        } finally {
            pool.shutdownNow();
        }
    }
}
