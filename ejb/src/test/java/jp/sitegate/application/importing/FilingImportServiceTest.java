package jp.sitegate.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import jp.sitegate.application.view.ImportSummary;
import jp.sitegate.domain.model.facility.IcuFiling;
import jp.sitegate.infrastructure.importing.BureauListParserTestSupport;
import jp.sitegate.infrastructure.importing.ImportRejectedException;
import jp.sitegate.infrastructure.importing.RowError;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.Inject;
import org.junit.jupiter.api.Test;

/** The bureau list import on the real schema: create, update, end, idempotent, all-or-nothing. */
@DatabaseTest(demo = false)
class FilingImportServiceTest {
    private H2Database db;



    private ImportSummary run(byte[] content) {
        EntityManager em = db.em();
        try {
            em.getTransaction().begin();
            FilingImportService s = Actors.importer(em,
                    Clock.fixed(Instant.parse("2025-11-01T00:00:00Z"), ZoneId.of("Asia/Tokyo")));
            ImportSummary summary = Actors.system(() -> s.importList("test", content, null));
            em.getTransaction().commit();
            return summary;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private List<IcuFiling> filings() {
        EntityManager em = db.em();
        try {
            return em.createQuery("SELECT i FROM IcuFiling i JOIN FETCH i.facility ORDER BY i.id", IcuFiling.class)
                    .getResultList();
        } finally {
            em.close();
        }
    }

    private long count(String entity) {
        EntityManager em = db.em();
        try {
            return em.createQuery("SELECT COUNT(x) FROM " + entity + " x", Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    @Test
    void realYamanashiWorkbookImportsAndIsIdempotent() throws Exception {
        byte[] xlsx = BureauListParserTestSupport.yamanashi();
        ImportSummary first = run(xlsx);
        assertEquals("19", first.prefectureCode());
        assertEquals("2025-09-01", first.listDate());
        assertTrue(first.facilitiesCreated() > 500, "facilities " + first.facilitiesCreated());
        assertTrue(first.filingsAdded() >= 2, "ICU filings " + first.filingsAdded());
        List<IcuFiling> univ = filings().stream()
                .filter(i -> i.getFacility().getCode().value().equals("1912110952")).toList();
        assertEquals(1, univ.size());
        assertEquals(1, univ.get(0).getLevel());
        assertEquals(LocalDate.of(2024, 10, 1), univ.get(0).getStartDate());
        assertEquals(5, filings().stream().filter(i -> i.getFacility().getCode().value().equals("1910112398"))
                .findFirst().orElseThrow().getLevel());

        long facilities = count("Facility");
        ImportSummary again = run(xlsx);
        assertEquals(0, again.facilitiesCreated());
        assertEquals(0, again.facilitiesUpdated());
        assertEquals(0, again.filingsAdded());
        assertEquals(0, again.filingsEnded());
        assertEquals(facilities, count("Facility"));
    }

    @Test
    void aNewerListEndsFilingsThatDisappearedAndAnOlderOneEndsNothing() {
        String older = BureauListParserTestSupport.csv("令和6年8月1日",
                BureauListParserTestSupport.row(1, "2110952", "山梨大学医学部附属病院", "集１", "令和 6年 6月 1日"),
                BureauListParserTestSupport.row(2, "0112398", "山梨県立中央病院", "集５", "令和 6年 6月 1日"));
        String newer = BureauListParserTestSupport.csv("令和7年9月1日",
                BureauListParserTestSupport.row(1, "2110952", "山梨大学医学部附属病院", "集１", "令和 6年 6月 1日"),
                BureauListParserTestSupport.row(2, "0112398", "山梨県立中央病院", "救１", "令和 6年 6月 1日"));
        ImportSummary a = run(older.getBytes(StandardCharsets.UTF_8));
        assertEquals(2, a.facilitiesCreated());
        assertEquals(2, a.filingsAdded());
        ImportSummary b = run(newer.getBytes(StandardCharsets.UTF_8));
        assertEquals(1, b.filingsEnded());
        IcuFiling ended = filings().stream().filter(i -> i.getLevel() == 5).findFirst().orElseThrow();
        assertEquals(LocalDate.of(2025, 9, 1), ended.getEndDate());
        assertNull(filings().stream().filter(i -> i.getLevel() == 1).findFirst().orElseThrow().getEndDate());

        ImportSummary c = run(older.getBytes(StandardCharsets.UTF_8));
        assertEquals(false, c.newestList());
        assertEquals(0, c.filingsEnded());
        assertEquals(LocalDate.of(2025, 9, 1), filings().stream().filter(i -> i.getLevel() == 5).findFirst()
                .orElseThrow().getEndDate(), "an older list does not re-open a lapsed filing");
    }

    @Test
    void anyBadRowRejectsTheWholeFileAndReportsEveryBadRow() {
        String bad = BureauListParserTestSupport.csv("令和7年9月1日",
                BureauListParserTestSupport.row(1, "2110952", "山梨大学医学部附属病院", "集１", "令和 6年 6月 1日"),
                BureauListParserTestSupport.row(2, "2110953", "検証番号違い病院", "集１", "令和 6年 6月 1日"),
                BureauListParserTestSupport.row(3, "0112398", "", "集５", "令和 6年 6月 1日"),
                BureauListParserTestSupport.row(4, "0112398", "山梨県立中央病院", "集５", "令和 6年 13月 1日"));
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> run(bad.getBytes(StandardCharsets.UTF_8)));
        List<RowError> errors = e.errors();
        assertEquals(3, errors.size(), errors.toString());
        assertEquals(List.of(6, 7, 8), errors.stream().map(RowError::row).toList());
        assertEquals(List.of("医療機関番号", "医療機関名称", "算定開始年月日"), errors.stream().map(RowError::column).toList());
        assertEquals(0, count("Facility"), "nothing imported");
        assertEquals(0, count("FilingImport"));
    }

    @Test
    void aStartDateThatDoesNotExistIsRefusedWithItsRowAndColumn() {
        String bad = BureauListParserTestSupport.csv("令和7年9月1日",
                BureauListParserTestSupport.row(1, "2110952", "山梨大学医学部附属病院", "集１", "令和元年4月1日"),
                BureauListParserTestSupport.row(2, "0112398", "山梨県立中央病院", "集５", "令和 6年 2月30日"));
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> run(bad.getBytes(StandardCharsets.UTF_8)));
        List<RowError> errors = e.errors();
        assertEquals(List.of(5, 6), errors.stream().map(RowError::row).toList(), errors.toString());
        assertEquals(List.of("算定開始年月日", "算定開始年月日"), errors.stream().map(RowError::column).toList());
        assertEquals("算定開始年月日が存在しない日付です（令和は2019年5月1日からです）: 令和元年4月1日", errors.get(0).reason());
        assertTrue(errors.get(0).reasonEn().startsWith("start date: no such date"), errors.get(0).reasonEn());
        assertTrue(errors.get(1).reason().contains("2024年2月30日はありません"), errors.get(1).reason());
        assertEquals(0, count("Facility"), "nothing imported");
    }

    @Test
    void dentalAndPharmacyRowsAreSkippedButChecked() {
        String mixed = BureauListParserTestSupport.csv("令和7年9月1日",
                BureauListParserTestSupport.row(1, "2110952", "山梨大学医学部附属病院", "集１", "令和 6年 6月 1日"),
                BureauListParserTestSupport.row(2, "2110952", "歯科医院", "歯初診", "").replace(",医科,", ",歯科,"));
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> run(mixed.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.errors().get(0).reasonEn().contains("check digit"), "the 歯科 digit 3 changes the check digit");
    }
}
