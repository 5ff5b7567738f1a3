package jp.sitegate.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jp.sitegate.testsupport.Beans;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.view.AuditEventView;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.physician.Employment;
import jp.sitegate.domain.model.physician.Physician;
import jp.sitegate.infrastructure.audit.AuditContext;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The audit trail (issue 4): every change writes an event with who, what, before and after, chained by hash;
 * editing or deleting a past event is found by the verification, at the event where the chain breaks.
 */
@DatabaseTest(demo = true)
class AuditTrailTest {
    private H2Database db;

    @BeforeEach
    void setUp() {
        AuditContext.set("fadmin1");
        try {
            db.inTransaction(em -> {
                var f = Beans.of(EligibilityEngine.class, em).facility("1910114451");
                f.declareCapability(Capability.TEAM_CARE, false, Instant.parse("2026-01-01T00:00:00Z"));
                Physician p = new Physician("監査 医師", LocalDate.of(2010, 4, 1));
                em.persist(p);
                em.persist(new Employment(p, f, true, false, LocalDate.of(2020, 4, 1)));
            });
            db.inTransaction(em -> Beans.of(EligibilityEngine.class, em).facility("1910114451")
                    .declareCapability(Capability.TEAM_CARE, true, Instant.parse("2026-01-02T00:00:00Z")));
        } finally {
            AuditContext.set(null);
        }
    }


    private <T> T audit(Function<AuditService, T> work) {
        return audit(null, work);
    }

    /** @param key the audit key, or {@code null} for none; the work runs in a transaction (a checkpoint is a write) */
    private <T> T audit(String key, Function<AuditService, T> work) {
        EntityManager em = db.em();
        try {
            em.getTransaction().begin();
            AuditService audit = Inject.field(Inject.field(new AuditService(), "em", em), "authorization",
                    Actors.authorization(em));
            Inject.field(audit, "auditKey", java.util.Optional.ofNullable(key));
            Inject.field(audit, "clock", java.time.Clock.systemUTC());
            T result = Actors.system(() -> work.apply(audit));
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private static final String KEY = "a-key-held-outside-the-database";

    /** Issue 15: with a key, an intact chain gets a signed checkpoint, and the next verification reads on from it. */
    @Test
    void aSignedCheckpointLetsTheNextVerificationReadOnlyWhatCameAfter() {
        AuditService.Verification first = audit(KEY, AuditService::verify);
        assertTrue(first.intact(), first.toString());
        assertNull(first.fromCheckpoint());
        assertTrue(first.signedCheckpoint() != null && first.eventsChecked() >= 4, first.toString());
        AuditService.Verification again = audit(KEY, AuditService::verify);
        assertTrue(again.intact());
        assertEquals(first.signedCheckpoint(), again.fromCheckpoint());
        assertEquals(0, again.eventsChecked(), "nothing new since the checkpoint");
        assertNull(again.signedCheckpoint());
        AuditService.Verification full = audit(KEY, s -> s.verify(true));
        assertTrue(full.intact());
        assertEquals(first.eventsChecked(), full.eventsChecked(), "the full walk reads every event again");
    }

    /**
     * Issue 15: someone with database access rewrites an event and recomputes every hash after it and the head: the
     * unkeyed chain still verifies, the signed checkpoint does not.
     */
    @Test
    void aRewriteWithEveryHashRecomputedIsFoundByTheSignedCheckpoint() {
        assertTrue(audit(KEY, AuditService::verify).intact());
        List<Long> ids = audit(s -> s.browse(new AuditService.Filter(null, null, null, null, null), 0, 1000).items())
                .stream().map(AuditEventView::id).sorted().toList();
        sql("UPDATE audit_event SET username = 'someone-else' WHERE id = " + ids.get(0));
        recomputeEveryHash();
        assertTrue(audit(AuditService::verify).intact(), "without the key the rewrite is invisible");
        AuditService.Verification incremental = audit(KEY, AuditService::verify);
        assertFalse(incremental.intact());
        assertEquals("checkpoint-event-changed", incremental.reason());
        AuditService.Verification full = audit(KEY, s -> s.verify(true));
        assertFalse(full.intact());
        assertEquals("rewritten", full.reason());
    }

    @Test
    void aForgedCheckpointIsFound() {
        assertTrue(audit(KEY, AuditService::verify).intact());
        sql("UPDATE audit_checkpoint SET signature = '" + "0".repeat(64) + "'");
        AuditService.Verification v = audit(KEY, AuditService::verify);
        assertFalse(v.intact());
        assertEquals("checkpoint-signature", v.reason());
    }

    private void recomputeEveryHash() {
        db.inTransaction(em -> {
            String prev = jp.sitegate.infrastructure.audit.AuditHash.GENESIS;
            for (Object row : em.createNativeQuery("SELECT id, occurred_us, username, action, entity, entity_id, "
                    + "facility_code, before_json, after_json, organisation_id FROM audit_event ORDER BY id")
                    .getResultList()) {
                Object[] r = (Object[]) row;
                String hash = jp.sitegate.infrastructure.audit.AuditHash.of(prev,
                        jp.sitegate.infrastructure.audit.AuditHash.instant(((Number) r[1]).longValue()).toString(),
                        (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7],
                        (String) r[8], r[9] == null ? null : ((Number) r[9]).longValue());
                em.createNativeQuery("UPDATE audit_event SET prev_hash = ?, hash = ? WHERE id = ?").setParameter(1, prev)
                        .setParameter(2, hash).setParameter(3, r[0]).executeUpdate();
                prev = hash;
            }
            em.createNativeQuery("UPDATE audit_chain SET last_hash = ? WHERE id = 1").setParameter(1, prev)
                    .executeUpdate();
        });
    }

    private void sql(String statement) {
        db.inTransaction(em -> em.createNativeQuery(statement).executeUpdate());
    }

    @Test
    void anEntityMarkedNotAuditedWritesNoEventNorDoesItsEmbeddedKey() {
        long before = ((Number) db.em().createNativeQuery("SELECT COUNT(*) FROM audit_event").getSingleResult())
                .longValue();
        sql("INSERT INTO app_user (username, display_name, password_hash, roles, organisation_id, created_at) "
                + "VALUES ('served-test', 'served-test', 'x', 'DISTRIBUTOR', (SELECT id FROM organisation "
                + "WHERE name_ja = 'デモ卸株式会社'), '2026-01-01 00:00:00')");
        db.inTransaction(em -> em.persist(new jp.sitegate.domain.model.notification.ServedFacility(
                ((Number) em.createNativeQuery("SELECT id FROM app_user WHERE username = 'served-test'")
                        .getSingleResult()).longValue(),
                Beans.of(EligibilityEngine.class, em).facility("1910114451").getId(), "CHECK", Instant.now())));
        long served = ((Number) db.em().createNativeQuery("SELECT COUNT(*) FROM served_facility").getSingleResult())
                .longValue();
        long after = ((Number) db.em().createNativeQuery("SELECT COUNT(*) FROM audit_event").getSingleResult())
                .longValue();
        assertEquals(1, served, "the served facility is stored");
        assertEquals(before, after, "no audit event for it, not even a nameless one for its key");
    }

    @Test
    void everyChangeIsRecordedWithWhoWhatBeforeAndAfter() {
        List<AuditEventView> events = audit(s -> s.browse(new AuditService.Filter("1910114451", null, null, null, null),
                0, 50).items());
        AuditEventView update = events.stream().filter(e -> e.action().equals("UPDATE")).findFirst().orElseThrow();
        assertEquals("fadmin1", update.username());
        assertEquals("Facility", update.entity());
        assertTrue(update.before().contains("\"teamCare\""), update.before());
        assertTrue(update.after().contains("\"teamCare\""), update.after());
        assertTrue(events.stream().anyMatch(e -> e.action().equals("CREATE") && e.entity().equals("Employment")));
        List<AuditEventView> physicians = audit(s -> s.browse(new AuditService.Filter(null, "fadmin1", "Physician",
                null, null), 0, 50).items());
        assertEquals(1, physicians.size());
        assertTrue(physicians.get(0).after().contains("監査 医師"));
    }

    @Test
    void anIntactChainVerifies() {
        AuditService.Verification v = audit(AuditService::verify);
        assertTrue(v.intact(), v.toString());
        assertTrue(v.eventsChecked() >= 4);
        assertNull(v.firstBrokenId());
    }

    @Test
    void editingOnePastEventIsReportedAtThatEvent() {
        long first = audit(s -> s.browse(new AuditService.Filter(null, null, null, null, null), 0, 1000).items())
                .stream().mapToLong(AuditEventView::id).min().orElseThrow();
        sql("UPDATE audit_event SET username = 'someone-else' WHERE id = " + first);
        AuditService.Verification v = audit(AuditService::verify);
        assertFalse(v.intact());
        assertEquals(first, v.firstBrokenId());
        assertEquals("hash-mismatch", v.reason());
    }

    @Test
    void deletingAPastEventIsReportedAtTheNextOne() {
        List<Long> ids = audit(s -> s.browse(new AuditService.Filter(null, null, null, null, null), 0, 1000).items())
                .stream().map(AuditEventView::id).sorted().toList();
        sql("DELETE FROM audit_event WHERE id = " + ids.get(1));
        AuditService.Verification v = audit(AuditService::verify);
        assertFalse(v.intact());
        assertEquals(ids.get(2), v.firstBrokenId());
    }

    /** Issue 14: the trail reads oldest first (the chain's order) when its reader sorts by time. */
    @Test
    void theTrailReadsOldestFirstWhenSortedByTimeAndRefusesOtherColumns() {
        AuditService.Filter all = new AuditService.Filter(null, null, null, null, null);
        List<Long> newest = audit(s -> s.browse(all, 0, 1000).items()).stream().map(AuditEventView::id).toList();
        assertTrue(newest.size() >= 3, "the setup wrote events: " + newest.size());
        List<Long> oldest = audit(s -> s.browse(all, jp.sitegate.domain.shared.Sorting.of("occurred", true), 0, 1000)
                .items()).stream().map(AuditEventView::id).toList();
        List<Long> reversed = new java.util.ArrayList<>(newest);
        java.util.Collections.reverse(reversed);
        assertEquals(reversed, oldest);
        assertEquals(oldest.subList(2, 3), audit(s -> s.browse(all, jp.sitegate.domain.shared.Sorting.of("occurred",
                true), 2, 1).items()).stream().map(AuditEventView::id).toList(), "the third page of one");
        assertEquals("sort", assertThrows(jp.sitegate.domain.shared.InvalidInputException.class,
                () -> audit(s -> s.browse(all, jp.sitegate.domain.shared.Sorting.of("username", true), 0, 10)))
                .field());
    }

    @Test
    void deletingTheNewestEventIsReported() {
        long last = audit(s -> s.browse(new AuditService.Filter(null, null, null, null, null), 0, 1).items()).get(0).id();
        sql("DELETE FROM audit_event WHERE id = " + last);
        assertFalse(audit(AuditService::verify).intact());
    }

    @Test
    void identityKeysAreNotReadThroughGetGeneratedKeysWhichLeavesStatementsOpen() {
        // eclipse-ee4j/eclipselink#2366: with getGeneratedKeys every insert left its statement open on the pooled
        // connection; the national-scale generator ran the server out of heap after about 140,000 inserts
        org.eclipse.persistence.sessions.Session session = db.emf().unwrap(org.eclipse.persistence.sessions.Session.class);
        assertFalse(((org.eclipse.persistence.internal.databaseaccess.DatabasePlatform) session.getDatasourcePlatform())
                .supportsReturnGeneratedKeys());
        // and keys are still assigned
        db.inTransaction(em -> {
            Physician p = new Physician("鍵 確認", LocalDate.of(2001, 4, 1));
            em.persist(p);
            em.flush();
            assertTrue(p.getId() != null && p.getId() > 0, "id " + p.getId());
        });
    }

    @Test
    void theWholeTrailIsPagedByDensePositionExactlyAsByOffsetEvenAcrossRolledBackIds() {
        // a rolled-back transaction takes ids (and would take positions) and leaves neither events nor numbers
        EntityManager em = db.em();
        try {
            em.getTransaction().begin();
            em.persist(new Physician("取消 医師", LocalDate.of(2011, 4, 1)));
            em.flush();
            em.getTransaction().rollback();
        } finally {
            em.close();
        }
        for (int i = 0; i < 23; i++) {
            String name = "頁 医師 " + i;
            db.inTransaction(x -> x.persist(new Physician(name, LocalDate.of(2012, 4, 1))));
        }
        EntityManager q = db.em();
        try {
            long count = ((Number) q.createNativeQuery("SELECT COUNT(*) FROM audit_event").getSingleResult()).longValue();
            assertEquals(count, ((Number) q.createNativeQuery("SELECT MAX(seq) FROM audit_event").getSingleResult())
                    .longValue(), "positions are dense");
            for (int page = 0; page * 5 < count + 5; page++) {
                int p = page;
                List<Long> byOffset = ((List<?>) q.createNativeQuery("SELECT id FROM audit_event ORDER BY id DESC")
                        .setFirstResult(p * 5).setMaxResults(5).getResultList()).stream()
                        .map(v -> ((Number) v).longValue()).toList();
                var shown = audit(s -> s.browse(new AuditService.Filter(null, null, null, null, null), p, 5));
                assertEquals(byOffset, shown.items().stream().map(AuditEventView::id).toList(), "page " + p);
                assertEquals(count, shown.total());
            }
        } finally {
            q.close();
        }
    }
}
