package jp.sitegate.application.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import jp.sitegate.application.gate.EligibilityService;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.infrastructure.config.ClockProducer;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.Inject;
import org.junit.jupiter.api.Test;

/**
 * Issue 6 "Scale data": the generator writes exactly its plan through the audited entities, reaches the audit
 * target, is deterministic for a seed, refuses to run a seed twice and validates its plan field by field.
 */
class ScaleDataGeneratorTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T01:00:00Z"), ClockProducer.JAPAN);

    /** The generator's transactions on an SE database: each step one committed transaction. */
    private static final class SeSteps implements ScaleSteps {
        private final H2Database db;

        SeSteps(H2Database db) {
            this.db = db;
        }

        private <T> T tx(Function<ScaleDataGenerator, T> step) {
            List<T> out = new ArrayList<>();
            db.inTransaction(em -> {
                ScaleDataGenerator g = new ScaleDataGenerator();
                EligibilityService e = new EligibilityService();
                Inject.field(e, "em", em);
                Inject.field(e, "clock", CLOCK);
                Inject.field(g, "em", em);
                Inject.field(g, "clock", CLOCK);
                Inject.field(g, "eligibility", e);
                out.add(step.apply(g));
            });
            return out.get(0);
        }

        @Override
        public List<Long> facilities(ScalePlan plan) {
            return tx(g -> g.facilities(plan));
        }

        @Override
        public List<String> codes(List<Long> ids, int max) {
            return tx(g -> g.codes(ids, max));
        }

        @Override
        public long auditEvents() {
            return tx(ScaleDataGenerator::auditEvents);
        }

        @Override
        public boolean alreadyGenerated(ScalePlan plan) {
            return tx(g -> g.alreadyGenerated(plan));
        }

        @Override
        public Map<ScaleKind, Integer> declarations(ScalePlan plan, List<Long> ids, int from, int to) {
            return tx(g -> g.declarations(plan, ids, from, to));
        }

        @Override
        public Map<ScaleKind, Integer> physicians(ScalePlan plan, List<Long> ids, int from, int to) {
            return tx(g -> g.physicians(plan, ids, from, to));
        }

        @Override
        public Map<ScaleKind, Integer> briefings(ScalePlan plan, List<Long> ids, int from, int to) {
            return tx(g -> g.briefings(plan, ids, from, to));
        }

        @Override
        public Map<ScaleKind, Integer> lots(ScalePlan plan, List<Long> ids, int from, int to) {
            return tx(g -> g.lots(plan, ids, from, to));
        }

        @Override
        public Map<ScaleKind, Integer> shipments(ScalePlan plan, List<Long> ids, int from, int to) {
            return tx(g -> g.shipments(plan, ids, from, to));
        }
    }

    private static ScalePlan plan(long seed, long auditEvents) {
        return new ScalePlan(seed, 6, 700, 900, 300, auditEvents);
    }

    private static long count(H2Database db, String jpql) {
        EntityManager em = db.em();
        try {
            return em.createQuery(jpql, Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    /** A digest of every generated record's content (not ids, decision ids or timestamps), in a fixed order. */
    private static String digest(H2Database db, long seed) throws Exception {
        EntityManager em = db.em();
        MessageDigest md = MessageDigest.getInstance("SHA-256");
        String marker = "SCALE-" + seed;
        try {
            for (String q : List.of(
                    "SELECT CONCAT(p.name, '|', p.licenceRegisteredOn, '|', p.hematologyTrainingYears, '|', "
                            + "p.allogeneicTransplants, '|', e.facility.code, '|', e.fullTime, '|', e.validFrom) "
                            + "FROM Employment e JOIN e.physician p ORDER BY p.id",
                    "SELECT CONCAT(t.physician.name, '|', t.product.key, '|', t.completedOn) FROM ProductTraining t "
                            + "ORDER BY t.physician.id, t.product.id",
                    "SELECT CONCAT(b.facility.code, '|', b.product.key, '|', b.mrName, '|', b.briefedOn, '|', b.mode, "
                            + "'|', b.complete) FROM Briefing b WHERE b.mrName LIKE '" + marker + " %' ORDER BY b.id",
                    "SELECT CONCAT(l.facility.code, '|', l.yjCode, '|', l.lotNumber, '|', l.expiryDate) "
                            + "FROM TocilizumabLot l WHERE l.lotNumber LIKE '" + marker + "-%' ORDER BY l.id",
                    "SELECT CONCAT(s.idempotencyKey, '|', s.facility.code, '|', s.yjCode, '|', s.quantity, '|', "
                            + "s.releasedFirstDelivery) FROM Shipment s WHERE s.distributor = '" + marker
                            + "' ORDER BY s.id")) {
                // sorted by content: ids follow EclipseLink's insert order within a flush, which is not fixed
                for (String row : ((List<?>) em.createQuery(q).getResultList()).stream().map(String::valueOf).sorted()
                        .toList()) {
                    md.update(row.getBytes(StandardCharsets.UTF_8));
                    md.update((byte) '\n');
                }
            }
        } finally {
            em.close();
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static ScaleProgress generate(H2Database db, ScalePlan plan, List<ScaleProgress> seen) {
        return new ScaleRun(plan, new SeSteps(db), seen::add, CLOCK).run();
    }

    @Test
    void writesThePlanThroughTheAuditTrailUntilTheTargetIsReached() {
        try (H2Database db = new H2Database(true)) {
            long before = new SeSteps(db).auditEvents();
            long physiciansBefore = count(db, "SELECT COUNT(p) FROM Physician p");
            List<ScaleProgress> seen = new ArrayList<>();
            ScaleProgress end = generate(db, plan(7, before + 6_000), seen);

            assertEquals("DONE", end.state());
            assertEquals(Math.min(6, count(db, "SELECT COUNT(f) FROM Facility f")), end.sample().size());
            Map<String, Long> made = end.created();
            assertEquals(700L, made.get("PHYSICIANS"));
            assertEquals(700L, count(db, "SELECT COUNT(p) FROM Physician p") - physiciansBefore);
            assertEquals(700L, made.get("EMPLOYMENTS"));
            assertEquals(900L, count(db, "SELECT COUNT(b) FROM Briefing b WHERE b.mrName LIKE 'SCALE-7 %'"));
            assertEquals(300L, count(db, "SELECT COUNT(l) FROM TocilizumabLot l WHERE l.lotNumber LIKE 'SCALE-7-%'"));
            assertEquals(300L, made.get("MOVEMENTS"));
            assertEquals(made.getOrDefault("SHIPMENTS", 0L),
                    count(db, "SELECT COUNT(s) FROM Shipment s WHERE s.distributor = 'SCALE-7'"));
            assertTrue(made.get("DECISIONS") >= made.getOrDefault("SHIPMENTS", 0L));
            // every record is one audit event, and the target is reached
            long after = new SeSteps(db).auditEvents();
            assertEquals(before + made.values().stream().mapToLong(Long::longValue).sum(), after);
            assertEquals(after, end.auditEvents());
            assertTrue(after >= before + 6_000, "audit trail " + after);
            // the last chunk of orders is the one that crossed the target
            assertTrue(after - before - 6_000 < 2 * ScaleRun.CHUNK, "overshoot " + (after - before - 6_000));
            // a stored decision's document is in the audit trail by its SHA-256, and that digest matches the row
            EntityManager em = db.em();
            try {
                Object[] row = (Object[]) em.createNativeQuery("SELECT a.after_json, d.payload FROM audit_event a "
                        + "JOIN eligibility_decision d ON d.id = a.entity_id WHERE a.entity = 'StoredDecision'")
                        .setMaxResults(1).getSingleResult();
                String audited = String.valueOf(row[0]);
                assertTrue(audited.contains("\"payloadSha256\":\""
                        + jp.sitegate.infrastructure.audit.AuditHash.sha256(String.valueOf(row[1])) + "\""), audited);
                assertTrue(!audited.contains("\"payload\":"), audited);
            } finally {
                em.close();
            }
            // progress went through every phase in order, and never backwards within one
            List<String> phases = seen.stream().map(ScaleProgress::phase).distinct().toList();
            assertEquals(List.of("facilities", "declarations", "physicians", "briefings", "lots", "shipments"), phases);
            for (int i = 1; i < seen.size(); i++) {
                if (seen.get(i).phase().equals(seen.get(i - 1).phase())) {
                    assertTrue(seen.get(i).done() >= seen.get(i - 1).done(), "progress went backwards at " + i);
                }
            }
        }
    }

    @Test
    void theSameSeedWritesTheSameRecordsAndAnotherSeedOthers() throws Exception {
        String first;
        String second;
        String other;
        try (H2Database db = new H2Database(true)) {
            generate(db, plan(11, 0), new ArrayList<>());
            first = digest(db, 11);
        }
        try (H2Database db = new H2Database(true)) {
            generate(db, plan(11, 0), new ArrayList<>());
            second = digest(db, 11);
        }
        try (H2Database db = new H2Database(true)) {
            generate(db, plan(12, 0), new ArrayList<>());
            other = digest(db, 12);
        }
        assertEquals(first, second);
        assertNotEquals(first, other);
    }

    @Test
    void aSecondRunWithTheSameSeedIsRefusedAndWritesNothing() {
        try (H2Database db = new H2Database(true)) {
            ScalePlan small = new ScalePlan(5, 3, 10, 10, 10, 0);
            generate(db, small, new ArrayList<>());
            long before = new SeSteps(db).auditEvents();
            ConflictException e = assertThrows(ConflictException.class,
                    () -> generate(db, small, new ArrayList<>()));
            assertEquals("seed", e.field());
            assertEquals(before, new SeSteps(db).auditEvents());
        }
    }

    @Test
    void theGeneratorIsOffUnlessTheInstallationTurnsItOn() {
        ScaleDataJob off = new ScaleDataJob();
        Inject.field(off, "enabled", false);
        Inject.field(off, "authorization", jp.sitegate.testsupport.Actors.authorization(null));
        jp.sitegate.application.Caller caller = jp.sitegate.testsupport.Actors.caller();
        assertEquals("scale-data", assertThrows(jp.sitegate.domain.shared.NotFoundException.class,
                () -> caller.asSystem(off::progress)).field());
        assertEquals("scale-data", assertThrows(jp.sitegate.domain.shared.NotFoundException.class,
                () -> caller.asSystem(() -> off.start(plan(1, 0)))).field());
    }

    @Test
    void aBadPlanNamesItsField() {
        assertEquals("physicians", assertThrows(InvalidInputException.class,
                () -> new ScalePlan(1, 10, -1, 0, 0, 0)).field());
        assertEquals("auditEvents", assertThrows(InvalidInputException.class,
                () -> new ScalePlan(1, 10, 0, 0, 0, 10L * ScalePlan.MAX_COUNT + 1)).field());
        assertEquals("facilities", assertThrows(InvalidInputException.class,
                () -> new ScalePlan(1, 0, 5, 0, 0, 0)).field());
    }
}
