package jp.sitegate.application.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jp.sitegate.testsupport.Beans;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import jp.sitegate.application.briefing.BriefingService;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.stock.StockService;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.physician.Physician;
import jp.sitegate.domain.model.stock.MovementType;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.infrastructure.config.ClockProducer;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.Inject;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, two people editing the same record at once: both open the facility (or physician) at the same version;
 * the first save wins, the second gets a conflict naming the version and a message to reload, and the first
 * save's values stay (no lost update). Two sessions taking the last vials of a stock lot at the same moment: one
 * succeeds, the other is told the vials are not on hand, and the lot never goes below zero.
 */
@DatabaseTest(demo = true)
class ConcurrentEditTest {
    private static final String KOFU = "1910114451";
    private static final Instant NOW = Instant.parse("2026-01-10T01:00:00Z");
    private H2Database db;

    @BeforeEach
    void setUp() {
        Actors.demoUsers(db, NOW);
        Actors.actAs(db, "fadmin1"); // the administrator of 市立甲府病院 (KOFU) makes every change here
    }

    @AfterEach
    void close() {
        Actors.signOut();
    }

    private static <T> T wire(T service, EntityManager em) {
        Clock clock = Clock.fixed(NOW, ClockProducer.JAPAN);
        Inject.field(service, "em", em);
        Inject.field(service, "clock", clock);
        Inject.field(service, "authorization", Actors.authorization(em));
        return service;
    }

    private static FacilityQueryService queries(EntityManager em) {
        FacilityQueryService q = wire(new FacilityQueryService(), em);
        Inject.field(q, "briefings", wire(new BriefingService(), em));
        return q;
    }

    private long facilityVersion() {
        long[] v = new long[1];
        db.inTransaction(em -> v[0] = Beans.of(EligibilityEngine.class, em).facility(KOFU).getVersion());
        return v[0];
    }

    private void declareContact(long expectedVersion, Boolean contact) {
        db.inTransaction(em -> {
            FacilityProfileService s = wire(new FacilityProfileService(), em);
            Inject.field(s, "queries", queries(em));
            s.declare(KOFU, expectedVersion, Map.of(Capability.CONTACT_24H, contact), null, null, null);
        });
    }

    @Test
    void theSecondSaveOfAFacilityOpenedAtTheSameVersionIsRefusedAndTheFirstStays() {
        long opened = facilityVersion(); // both administrators open the page now
        declareContact(opened, Boolean.FALSE);
        ConflictException late = assertThrows(ConflictException.class, () -> declareContact(opened, Boolean.TRUE));
        assertEquals("version", late.field());
        assertTrue(late.getMessage().contains("reload"), late.getMessage());
        db.inTransaction(em -> assertEquals(Boolean.FALSE,
                Beans.of(EligibilityEngine.class, em).facility(KOFU).capabilities().get(Capability.CONTACT_24H), "no lost update"));
    }

    @Test
    void theSecondSaveOfAPhysicianOpenedAtTheSameVersionIsRefusedAndTheFirstStays() {
        long[] idAndVersion = new long[2];
        db.inTransaction(em -> {
            Physician p = em.createQuery("SELECT p FROM Physician p WHERE p.name = 'デモ 医師D'", Physician.class)
                    .getSingleResult();
            idAndVersion[0] = p.getId();
            idAndVersion[1] = p.getVersion();
        });
        PhysicianService.Qualifications first = new PhysicianService.Qualifications("デモ 医師D", LocalDate.of(2010, 4, 1),
                7, 6, null, null, true, true);
        PhysicianService.Qualifications second = new PhysicianService.Qualifications("デモ 医師D", LocalDate.of(2010, 4, 1),
                2, 6, null, null, true, true);
        db.inTransaction(em -> wire(new PhysicianService(), em).update(KOFU, idAndVersion[0], idAndVersion[1], first));
        ConflictException late = assertThrows(ConflictException.class, () -> db.inTransaction(em -> wire(
                new PhysicianService(), em).update(KOFU, idAndVersion[0], idAndVersion[1], second)));
        assertEquals("version", late.field());
        db.inTransaction(em -> assertEquals(Integer.valueOf(7), em.find(Physician.class, idAndVersion[0]).getHematologyTrainingYears(),
                "the first save stays"));
    }

    @Test
    void twoSessionsTakingTheLastVialsAtOnceCannotBothSucceed() throws Exception {
        // DEMO-200-K at Kofu holds 4 vials; two sessions each try to use all 4 at the same moment
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<Future<String>> results = new ArrayList<>();
        var fadmin = Actors.find(db, "fadmin1");
        for (int i = 0; i < 2; i++) {
            results.add(pool.submit(() -> {
                Actors.caller().actAs(fadmin); // the caller is per thread, as per request on the server
                start.await();
                try {
                    db.inTransaction(em -> {
                        StockService s = wire(new StockService(), em);
                        Inject.field(s, "queries", queries(em));
                        s.move(KOFU, "6399421A1020", "DEMO-200-K", null, MovementType.USED, 4, "concurrent");
                    });
                    return "saved";
                } catch (InvalidInputException e) {
                    return "refused " + e.field();
                } finally {
                    Actors.signOut();
                }
            }));
        }
        start.countDown();
        List<String> outcomes = new ArrayList<>();
        for (Future<String> f : results) {
            outcomes.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        assertEquals(List.of("refused vials", "saved"), outcomes.stream().sorted().toList());
        db.inTransaction(em -> assertEquals(0L, ((Number) em.createQuery("SELECT SUM(m.vials) FROM StockMovement m "
                + "WHERE m.lot.lotNumber = 'DEMO-200-K'").getSingleResult()).longValue(), "never below zero"));
    }
}
