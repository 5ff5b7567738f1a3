package jp.sitegate.application.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jp.sitegate.testsupport.Beans;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import jp.sitegate.application.notification.NotificationService;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.infrastructure.audit.DataChanges;
import jp.sitegate.infrastructure.config.ClockProducer;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The check cache (issue 6) never outlives a change: the same answer while nothing changes, a fresh one after a
 * write of what the decision read, on another day, or after the TTL; past moments are never cached. Issue 16: it
 * forgets only what changed — a write of another facility, or of what no decision reads, keeps the answer; a write of
 * a partner facility, a physician or a product does not.
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
        return check(UNIV, now, at);
    }

    private DecisionDocument check(String code, Instant now, Instant at) {
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
            out.set(s.check(code, LUNSUMIO, at));
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

    private static final String KOFU = "1910114451"; // names the university hospital as its partner (demo data)

    @Test
    void aWriteOfAnotherFacilityOrOfWhatNoDecisionReadsKeepsTheAnswer() {
        assertNotEquals(DataChanges.stripe(UNIV), DataChanges.stripe(KOFU), "the two facilities count apart");
        DecisionDocument first = check(NOW, null);
        db.inTransaction(em -> Beans.of(EligibilityEngine.class, em).facility(KOFU).declareCapability(
                Capability.CONTACT_24H, false, NOW.plusSeconds(1)));
        assertSame(first, check(NOW.plusSeconds(2), null), "市立甲府病院's change is not the university's");
        db.inTransaction(em -> em.createQuery("SELECT u FROM UserAccount u WHERE u.username = 'dist1'",
                jp.sitegate.domain.model.user.UserAccount.class).getSingleResult().changeEmail("cache@example.jp"));
        assertSame(first, check(NOW.plusSeconds(3), null), "no decision reads a user's e-mail address");
    }

    @Test
    void aWriteOfAPartnerAPhysicianOrAProductMakesTheAnswerStale() {
        Actors.actAs(db, "dist1");
        DecisionDocument kofu = check(KOFU, NOW, null);
        assertSame(kofu, check(KOFU, NOW.plusSeconds(1), null));
        db.inTransaction(em -> Beans.of(EligibilityEngine.class, em).facility(UNIV).declareCapability(
                Capability.CONTACT_24H, false, NOW.plusSeconds(2)));
        DecisionDocument afterPartner = check(KOFU, NOW.plusSeconds(3), null);
        assertNotSame(kofu, afterPartner, "市立甲府病院 reads its partner's facts");
        assertSame(afterPartner, check(KOFU, NOW.plusSeconds(4), null));
        db.inTransaction(em -> em.createQuery("SELECT p FROM Physician p", jp.sitegate.domain.model.physician.Physician.class)
                .setMaxResults(1).getSingleResult().recordExperience(9, 9, 1, 6));
        DecisionDocument afterPhysician = check(KOFU, NOW.plusSeconds(5), null);
        assertNotSame(afterPartner, afterPhysician, "a physician may work at any facility");
    }

    private static DecisionDocument document(String code, String reason) {
        return new DecisionDocument(null, "ELIGIBLE", code, "施設" + code, "LUNSUMIO", "ルンスミオ", LUNSUMIO,
                NOW.toString(), NOW.toString(), 1, "2026-01-01", false, "NOT_APPLICABLE", java.util.List.of(),
                "ELIGIBLE", java.util.List.of(new DecisionDocument.FindingDocument("LUN-FAC-1", "MET", "clause",
                        "題", "title", reason, "reason", java.util.List.of())), null);
    }

    private static String code(int i) {
        return String.format("19%08d", i);
    }

    @Test
    void theCacheIsBoundedInEntriesAndInMemory() {
        java.time.LocalDate day = java.time.LocalDate.of(2026, 1, 10);
        for (int i = 0; i < DecisionCache.MAX_ENTRIES + 5_000; i++) {
            DecisionCache.put(code(i), LUNSUMIO, day, DecisionCache.before(), java.util.List.of(code(i)),
                    document(code(i), "小"));
        }
        assertTrue(DecisionCache.size() <= DecisionCache.MAX_ENTRIES, "entries: " + DecisionCache.size());
        assertTrue(DecisionCache.size() > DecisionCache.MAX_ENTRIES / 2, "small decisions fill the entry bound: "
                + DecisionCache.size());

        DecisionCache.clear();
        String large = "理由".repeat(512 * 1024); // 1 Mi characters: about 2 MiB on the heap
        int weight = DecisionCache.weight(document(code(0), large));
        assertTrue(weight > 2_000_000 && weight < 2_200_000, "a large decision weighs its texts: " + weight);
        int fit = (int) (DecisionCache.MAX_BYTES / weight);
        for (int i = 0; i < 3 * fit; i++) {
            DecisionCache.put(code(i), LUNSUMIO, day, DecisionCache.before(), java.util.List.of(code(i)),
                    document(code(i), large));
        }
        assertTrue(DecisionCache.bytes() <= DecisionCache.MAX_BYTES, "memory: " + DecisionCache.bytes());
        assertTrue(DecisionCache.size() <= fit && DecisionCache.size() > 0, "entries: " + DecisionCache.size()
                + " of at most " + fit);
    }
}
