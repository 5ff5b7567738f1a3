package jp.sitegate.application.status;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jp.sitegate.testsupport.Beans;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.importing.FilingImportService;
import jp.sitegate.domain.model.product.YjCode;
import jp.sitegate.domain.model.status.StatusChange;
import jp.sitegate.domain.model.stock.MovementType;
import jp.sitegate.domain.model.stock.StockMovement;
import jp.sitegate.domain.model.stock.TocilizumabLot;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Status over time (issue 5): the first evaluation records each product's status; a change of data or of time that
 * flips a requirement records a history entry with the findings that changed and the cause; nothing else does.
 */
@DatabaseTest(demo = true)
class StatusTrackerTest {
    private static final String KOFU = "1910114451";
    private static final Instant T0 = Instant.parse("2026-01-10T00:00:00Z");
    private H2Database db;

    @BeforeEach
    void setUp() {
        // issue 12: a list current for the scenario's clock (2026-01), older than the lists the tests import
        db.demoListDated(java.time.LocalDate.of(2025, 12, 1));
    }


    private List<StatusChange> reevaluate(Instant at, String cause) {
        AtomicReference<List<StatusChange>> out = new AtomicReference<>();
        db.inTransaction(em -> out.set(Beans.of(StatusTracker.class, em).reevaluate(Beans.of(EligibilityEngine.class, em).facility(KOFU), at, cause)));
        return out.get();
    }

    private static StatusChange lunsumio(List<StatusChange> changes) {
        return changes.stream().filter(c -> c.getProduct().getKey().equals("LUNSUMIO")).findFirst().orElse(null);
    }

    @Test
    void aNewerBureauListWithoutTheFilingChangesTheStatusAndSaysWhy() {
        db.inTransaction(em -> Beans.of(StatusTracker.class, em).reevaluate(Beans.of(EligibilityEngine.class, em).facility("1910112398"), T0, "first"));
        String newer = jp.sitegate.infrastructure.importing.BureauListParserTestSupport.csv("令和8年1月1日",
                jp.sitegate.infrastructure.importing.BureauListParserTestSupport.row(1, "2110952", "山梨大学医学部附属病院",
                        "集１", "令和 6年10月 1日"),
                jp.sitegate.infrastructure.importing.BureauListParserTestSupport.row(2, "0112398", "山梨県立中央病院",
                        "救１", "令和 6年10月 1日"));
        AtomicReference<List<StatusChange>> changes = new AtomicReference<>();
        db.inTransaction(em -> {
            FilingImportService s = jp.sitegate.testsupport.Actors.importer(em, java.time.Clock.fixed(
                    T0.plusSeconds(3600), java.time.ZoneId.of("Asia/Tokyo")));
            var summary = jp.sitegate.testsupport.Actors.system(() -> s.importList("19_R8.csv",
                    newer.getBytes(java.nio.charset.StandardCharsets.UTF_8), null));
            assertEquals(1, summary.filingsEnded());
            assertTrue(summary.statusChanges().stream().anyMatch(l -> l.startsWith("1910112398 LUNSUMIO")),
                    "the summary lists the facilities whose status changed: " + summary.statusChanges());
            changes.set(em.createQuery("SELECT c FROM StatusChange c WHERE c.facility.code = :code AND c.cause LIKE "
                    + "'%bureau list%'", StatusChange.class).setParameter("code",
                    jp.sitegate.domain.model.facility.MedicalInstitutionCode.of("1910112398")).getResultList());
        });
        StatusChange lun = lunsumio(changes.get());
        assertTrue(lun.getFindingsChanged().contains("LUN-FAC-3"), lun.getFindingsChanged());
        assertTrue(lun.getCause().contains("19_R8.csv"), lun.getCause());
    }

    @Test
    void statusChangesAreRecordedWithTheFindingsThatChangedAndTheirCause() {
        StatusChange first = lunsumio(reevaluate(T0, "first evaluation"));
        assertNull(first.getFromStatus());
        assertEquals("NOT_ELIGIBLE", first.getToStatus());
        assertEquals("LUN-FAC-4", first.getFindingsChanged());

        db.inTransaction(em -> {
            var f = Beans.of(EligibilityEngine.class, em).facility(KOFU);
            TocilizumabLot lot = new TocilizumabLot(f, YjCode.of("6399421A3022", "yj"), "ST-1", LocalDate.of(2030, 12, 31));
            em.persist(lot);
            em.persist(new StockMovement(lot, MovementType.RECEIVED, 2, T0.plusSeconds(60), null));
        });
        StatusChange received = lunsumio(reevaluate(T0.plusSeconds(120), "tocilizumab RECEIVED 2 vial(s), lot ST-1"));
        assertEquals("NOT_ELIGIBLE", received.getFromStatus());
        assertEquals("ELIGIBLE", received.getToStatus());
        assertEquals("LUN-FAC-4", received.getFindingsChanged());
        assertTrue(received.getCause().contains("ST-1"));

        assertEquals(List.of(), reevaluate(T0.plusSeconds(180), "nothing changed"), "no entry without a change");

        StatusChange expired = lunsumio(reevaluate(Instant.parse("2030-04-01T00:00:00Z"), "daily re-evaluation"));
        assertEquals("ELIGIBLE", expired.getFromStatus());
        assertEquals("NOT_ELIGIBLE", expired.getToStatus(), "the 200 mg lot expired on 2030-03-31: 800 of 1,600 mg");
        assertEquals("daily re-evaluation", expired.getCause());
    }
}
