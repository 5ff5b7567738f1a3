package jp.sitegate.application.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.status.StatusTracker;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.domain.model.status.FacilityStatusRepository;
import jp.sitegate.domain.model.status.StatusLevel;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.Sorting;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.Beans;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14: the MR's status filter reads the stored statuses ({@code facility_status}) in the list's own query, and
 * the list shows them; the facilities the demo migrations loaded are given a status at start-up (the backfill).
 */
@DatabaseTest(demo = true)
class FacilityStatusFilterTest {
    private static final Instant NOW = Instant.parse("2026-01-10T01:00:00Z");
    private static final List<String> DEMO = List.of("1910112398", "1910114451", "1912110952");
    private H2Database db;

    @BeforeEach
    void setUp() {
        db.demoListDated(java.time.LocalDate.of(2025, 12, 1));
        Actors.demoUsers(db, NOW);
        // a clinic of the bureau's list that nobody recorded anything about
        db.inTransaction(em -> {
            for (int d = 0; d <= 9; d++) {
                if (jp.sitegate.domain.model.facility.MedicalInstitutionCode.isValid("191090000" + d)) {
                    em.persist(new jp.sitegate.domain.model.facility.Facility(
                            jp.sitegate.domain.model.facility.MedicalInstitutionCode.of("191090000" + d), "記録なし診療所",
                            NOW));
                    return;
                }
            }
            throw new IllegalStateException("no check digit fits");
        });
        Actors.actAs(db, "mr1");
    }

    @AfterEach
    void close() {
        Actors.signOut();
    }

    private List<Long> untracked() {
        return db.inTransactionReturning(em -> Beans.of(FacilityStatusRepository.class, em).untrackedWithFacts());
    }

    private void backfill() {
        for (Long id : untracked()) {
            db.inTransaction(em -> Beans.of(StatusTracker.class, em).recordInNewTransaction(id, NOW));
        }
    }

    private Set<String> codes(String product, String level) {
        return db.inTransactionReturning(em -> Actors.service(new FacilityQueryService(), em, NOW)
                .list("19", null, product, level, false, Sorting.NONE, 0, 200).items().stream().map(FacilityViews.Summary::code)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
    }

    @Test
    void theDemoFacilitiesHaveNoStoredStatusUntilTheBackfillGivesThemOne() {
        assertEquals(3, untracked().size(), "the three demo facilities were loaded by migrations");
        backfill();
        assertEquals(List.of(), untracked());
    }

    @Test
    void theFilterReturnsExactlyTheFacilitiesWhoseStoredStatusIsTheOneAsked() {
        backfill();
        Map<String, Map<String, String>> stored = db.inTransactionReturning(em -> Actors.service(
                new FacilityQueryService(), em, NOW).storedStatuses(DEMO));
        assertEquals(new TreeSet<>(DEMO), new TreeSet<>(stored.keySet()), "each demo facility has its statuses");
        for (String level : List.of("ELIGIBLE", "FLAGGED", "NOT_ELIGIBLE")) {
            Set<String> expected = new TreeSet<>();
            stored.forEach((code, levels) -> {
                if (level.equals(levels.get("LUNSUMIO"))) {
                    expected.add(code);
                }
            });
            assertEquals(expected, codes("LUNSUMIO", level), level);
        }
        // the stored status is what the engine decides now
        String yamanashi = db.inTransactionReturning(em -> StatusLevel.of(Beans.of(EligibilityEngine.class, em)
                .evaluate("1912110952", "4291476A1028", NOW, NOW).decision()).name());
        assertEquals(yamanashi, stored.get("1912110952").get("LUNSUMIO"));
        Set<String> none = codes("LUNSUMIO", "NONE");
        assertEquals(1, none.size(), "not evaluated: the clinic nobody recorded anything about: " + none);
        assertTrue(none.stream().noneMatch(DEMO::contains));
    }

    @Test
    void anUnknownProductOrLevelIsRefusedNamingTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> codes("NO_SUCH", "ELIGIBLE"));
        assertEquals("status", e.field());
        assertEquals("status", assertThrows(InvalidInputException.class, () -> codes("LUNSUMIO", "MAYBE")).field());
    }

    @Test
    void anMrSeesTheirAssignedFacilitiesFirst() {
        Set<String> assigned = db.inTransactionReturning(em -> Actors.service(new FacilityQueryService(), em, NOW)
                .list(null, null, null, null, true, Sorting.NONE, 0, 200).items().stream().map(FacilityViews.Summary::code)
                .collect(java.util.stream.Collectors.toCollection(TreeSet::new)));
        assertEquals(new TreeSet<>(DEMO), assigned, "mr1 is assigned to the three demo facilities (README)");
        long all = db.inTransactionReturning(em -> Actors.service(new FacilityQueryService(), em, NOW)
                .list(null, null, null, null, false, Sorting.NONE, 0, 200).total());
        assertTrue(all > assigned.size(), "without the filter, every facility: " + all);
    }

    private List<FacilityViews.Summary> sorted(Sorting sorting, int page, int size) {
        return db.inTransactionReturning(em -> Actors.service(new FacilityQueryService(), em, NOW)
                .list(null, null, null, null, false, sorting, page, size).items());
    }

    /** Issue 14: the list sorts in the database, so every page is a page of the sorted whole. */
    @Test
    void theListSortsByNameOrPrefectureInTheDatabaseAndPagesTheSortedWhole() {
        List<FacilityViews.Summary> byName = sorted(Sorting.of("name", false), 0, 200);
        assertTrue(byName.size() >= 4, "the demo facilities and the clinic: " + byName.size());
        List<String> names = byName.stream().map(FacilityViews.Summary::name).toList();
        List<String> expected = new java.util.ArrayList<>(names);
        expected.sort(java.util.Comparator.reverseOrder());
        assertEquals(expected, names, "descending by name");
        assertTrue(!names.equals(sorted(Sorting.NONE, 0, 200).stream().map(FacilityViews.Summary::name).toList()),
                "by name differs from the list's own order (by code)");
        // page 2 of size 2 is the third and fourth of the sorted whole
        assertEquals(names.subList(2, 4), sorted(Sorting.of("name", false), 1, 2).stream()
                .map(FacilityViews.Summary::name).toList());
        List<String> codesAscending = sorted(Sorting.of("code", true), 0, 200).stream()
                .map(FacilityViews.Summary::code).toList();
        assertEquals(new java.util.ArrayList<>(new TreeSet<>(codesAscending)), codesAscending);
    }

    @Test
    void aColumnTheListDoesNotSortByIsRefusedNamingSort() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> sorted(Sorting.of("f.name; DROP TABLE facility", true), 0, 20));
        assertEquals("sort", e.field());
        assertTrue(e.getMessage().contains("name"), "the message lists the sortable columns: " + e.getMessage());
    }

    /** Issue 14: the safety manager's weekly trend replays the stored status history. */
    @Test
    void theTrendCountsEachFacilityOnceFromTheWeekItWasFirstEvaluated() {
        backfill();
        Actors.actAs(db, "safety1");
        List<jp.sitegate.application.gate.DecisionQueryService.Trend> trends = db.inTransactionReturning(em ->
                Actors.service(Beans.of(jp.sitegate.application.gate.DecisionQueryService.class, em), em, NOW)
                        .trend(2));
        assertEquals(List.of("LUNSUMIO"), trends.stream().map(
                jp.sitegate.application.gate.DecisionQueryService.Trend::productKey).toList(), "中外製薬's products only");
        var t = trends.get(0);
        assertEquals(2, t.days().size());
        assertEquals(0, t.eligible().get(0) + t.flagged().get(0) + t.notEligible().get(0), "nothing a week before");
        assertEquals(DEMO.size(), t.eligible().get(1) + t.flagged().get(1) + t.notEligible().get(1),
                "the three demo facilities this week");
        assertThrows(InvalidInputException.class, () -> db.inTransactionReturning(em -> Actors.service(
                Beans.of(jp.sitegate.application.gate.DecisionQueryService.class, em), em, NOW).trend(53)));
    }
}
