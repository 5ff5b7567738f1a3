package jp.sitegate.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jp.sitegate.testsupport.Beans;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.view.ImportSummary;
import jp.sitegate.application.view.ImportViews;
import jp.sitegate.domain.model.eligibility.EvidenceKind;
import jp.sitegate.domain.model.eligibility.Finding;
import jp.sitegate.domain.model.eligibility.FindingStatus;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.facility.IcuFiling;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jp.sitegate.infrastructure.importing.BureauListParserTestSupport;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import org.junit.jupiter.api.Test;

/**
 * Issue 12 with real lists: the Yamanashi workbook of 令和7年9月1日 ({@code raw_sample_19_yamanashi_ika_R7-10}) and the older Yamanashi list of 令和6年6月1日 (the
 * 13 rows of {@code icu_hema_filings_R6-2024.csv}), imported in both orders, give the same current filings — an older
 * list adds history, never current state (山梨大学医学部附属病院's 集１ starts 2022-10-01 in the 2024 list and 2024-10-01 in
 * the 2025 list after the FY2024 revision); and the ICU finding says when the lists cannot carry it: stale, missing
 * for the prefecture, or not covering a day before the oldest list.
 */
@DatabaseTest(demo = false)
class BureauListOrderTest {
    private static final String UNIV = "1912110952";
    private static final String LUNSUMIO_1MG = "4291476A1028";
    private H2Database db;



    private static byte[] older() throws Exception {
        return Files.readAllBytes(Path.of("src/test/resources/realdata/icu_hema_filings_R6-2024_yamanashi.csv"));
    }

    private <T> T inTransaction(Function<EntityManager, T> work) {
        EntityManager em = db.em();
        try {
            em.getTransaction().begin();
            T t = work.apply(em);
            em.getTransaction().commit();
            return t;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    private ImportSummary run(String name, byte[] content) {
        return inTransaction(em -> {
            FilingImportService s = Actors.importer(em, Clock.fixed(Instant.parse("2025-11-01T00:00:00Z"),
                    ZoneId.of("Asia/Tokyo")));
            return Actors.system(() -> s.importList(name, content, null));
        });
    }

    /** code|level|start of the filings in force now (no end), and code|level|start|lastSeen|end of the ended. */
    private Set<String> filings(boolean current) {
        return inTransaction(em -> {
            Set<String> out = new TreeSet<>();
            for (IcuFiling i : em.createQuery("SELECT i FROM IcuFiling i JOIN FETCH i.facility", IcuFiling.class)
                    .getResultList()) {
                String key = i.getFacility().getCode().value() + "|" + i.getLevel() + "|" + i.getStartDate();
                if (current && i.getEndDate() == null) {
                    out.add(key);
                } else if (!current && i.getEndDate() != null) {
                    out.add(key + "|" + i.getSourceDate() + "|" + i.getEndDate());
                }
            }
            return out;
        });
    }

    @Test
    void bothOrdersGiveTheSameCurrentFilingsAndTheSameHistory() throws Exception {
        ImportSummary newer = run("R7-10.xlsx", BureauListParserTestSupport.yamanashi());
        ImportSummary old = run("R6-2024.csv", older());
        assertFalse(old.newestList());
        assertEquals(0, old.filingsAdded(), "an older list adds nothing to the current state");
        assertTrue(old.historyAdded() >= 1, "the 2024 filings the 2025 list dropped are history: " + old);
        Set<String> currentNewerFirst = filings(true);
        Set<String> endedNewerFirst = filings(false);
        assertTrue(currentNewerFirst.contains(UNIV + "|1|2024-10-01"), currentNewerFirst.toString());
        assertFalse(currentNewerFirst.contains(UNIV + "|1|2022-10-01"), "the re-filed 集１ of 2022 is not current");
        assertTrue(endedNewerFirst.contains(UNIV + "|1|2022-10-01|2024-06-01|2025-09-01"),
                "last seen in the list of 2024-06-01, absent from the list of 2025-09-01: " + endedNewerFirst);

        db.close();
        db = new H2Database(false);
        run("R6-2024.csv", older());
        ImportSummary forward = run("R7-10.xlsx", BureauListParserTestSupport.yamanashi());
        assertTrue(forward.newestList());
        assertEquals(currentNewerFirst, filings(true), "same current filings in both orders");
        assertEquals(endedNewerFirst, filings(false), "same history in both orders");
    }

    private Finding icu(String code, Instant at) {
        return finding(code, LUNSUMIO_1MG, "LUN-FAC-3", at);
    }

    /** Abecma's ABE-FAC-2 (A301 levels 1–4; its profile is in force from 2023-12-01, before every list here). */
    private Finding abecmaIcu(String code, Instant at) {
        return finding(code, "4900409X1022", "ABE-FAC-2", at);
    }

    private Finding finding(String code, String yj, String requirement, Instant at) {
        return inTransaction(em -> Beans.of(EligibilityEngine.class, em).evaluate(code, yj, at, at).decision().findings()
                .stream().filter(f -> f.requirementId().equals(requirement)).findFirst().orElseThrow());
    }

    private static Instant day(String iso) {
        return LocalDate.parse(iso).atStartOfDay(ZoneId.of("Asia/Tokyo")).toInstant();
    }

    @Test
    void theIcuFindingSaysWhenTheListsCannotCarryIt() throws Exception {
        run("R7-10.xlsx", BureauListParserTestSupport.yamanashi());
        // current list of 2025-09-01 (61 days old): the filing counts
        Finding current = icu(UNIV, day("2025-11-01"));
        assertTrue(current.evidence().stream().anyMatch(e -> e.kind() == EvidenceKind.FILING), current.toString());
        assertTrue(current.evidence().stream().noneMatch(e -> e.kind() == EvidenceKind.LIST_STALE));
        // 200 days after the list of 2025-09-01: UNKNOWN, 「届出受理医療機関名簿が古い（令和7年9月1日現在）」
        Finding stale = icu(UNIV, day("2026-03-20"));
        assertEquals(FindingStatus.UNKNOWN, stale.status());
        assertTrue(stale.reasonJa().contains("届出受理医療機関名簿が古い（令和7年9月1日現在）"), stale.reasonJa());
        // before the oldest list: a filing in force then counts; the absence of one is no evidence
        Finding before = icu(UNIV, day("2025-06-01"));
        assertTrue(before.evidence().stream().anyMatch(e -> e.kind() == EvidenceKind.FILING), before.toString());
        Finding beforeOldest = abecmaIcu(UNIV, day("2024-05-01"));
        assertEquals(FindingStatus.UNKNOWN, beforeOldest.status(), "never NOT_MET for a hospital that re-filed");
        assertTrue(beforeOldest.evidence().stream().anyMatch(e -> e.kind() == EvidenceKind.LIST_NOT_COVERING),
                beforeOldest.toString());
        // the older list covers 2024-06-01 onwards: then the 2022 filing is known
        run("R6-2024.csv", older());
        Finding withOlder = abecmaIcu(UNIV, day("2024-07-01"));
        assertTrue(withOlder.evidence().stream().anyMatch(e -> e.kind() == EvidenceKind.FILING
                && "2022-10-01".equals(String.valueOf(e.params().get("start")))), withOlder.toString());
    }

    @Test
    void aFacilityInAPrefectureWithoutAListIsToldSoAndCoverageListsAll47() throws Exception {
        run("R7-10.xlsx", BureauListParserTestSupport.yamanashi());
        String okinawa = inTransaction(em -> {
            // a facility record without any bureau list of its prefecture (沖縄県, 47)
            Facility f = new Facility(MedicalInstitutionCode.of("471011234" + checkDigit("471011234")),
                    "テスト病院（沖縄）", Instant.parse("2025-11-01T00:00:00Z"));
            em.persist(f);
            em.persist(jp.sitegate.domain.model.organisation.Organisation.forFacility(f, Instant.now()));
            return f.getCode().value();
        });
        Finding missing = icu(okinawa, day("2025-11-01"));
        assertEquals(FindingStatus.UNKNOWN, missing.status());
        assertTrue(missing.reasonJa().contains("沖縄県の届出受理医療機関名簿が未取込"), missing.reasonJa());

        List<ImportViews.Coverage> coverage = inTransaction(em -> {
            FilingImportService s = Actors.importer(em, Clock.fixed(Instant.parse("2026-03-20T00:00:00Z"),
                    ZoneId.of("Asia/Tokyo")));
            return Actors.system(s::coverage);
        });
        assertEquals(47, coverage.size());
        ImportViews.Coverage yamanashi = coverage.get(18);
        assertEquals("19", yamanashi.prefectureCode());
        assertEquals("2025-09-01", yamanashi.listDate());
        assertEquals(200L, yamanashi.ageDays());
        assertTrue(yamanashi.stale(), "older than 120 days");
        assertTrue(yamanashi.icuFacilities() != null && yamanashi.icuFacilities() >= 1, yamanashi.toString());
        ImportViews.Coverage none = coverage.get(46);
        assertEquals("沖縄県", none.prefecture());
        assertNull(none.listDate());
        assertEquals(46, coverage.stream().filter(c -> c.listDate() == null).count(), "the other 46 have no list");
    }

    /** The Luhn check digit over all 10 digits (REQUIREMENTS.md §6) for a 9-digit prefix. */
    private static char checkDigit(String nine) {
        for (char d = '0'; d <= '9'; d++) {
            if (MedicalInstitutionCode.isValid(nine + d)) {
                return d;
            }
        }
        throw new IllegalStateException("no check digit for " + nine);
    }
}
