package jp.sitegate.application.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jp.sitegate.testsupport.Beans;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import jp.sitegate.domain.model.eligibility.DecisionOutcome;
import jp.sitegate.domain.model.eligibility.Finding;
import jp.sitegate.domain.model.eligibility.FindingStatus;
import jp.sitegate.domain.model.eligibility.FirstDeliveryStatus;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.physician.Employment;
import jp.sitegate.domain.model.physician.Physician;
import jp.sitegate.domain.model.product.YjCode;
import jp.sitegate.domain.model.stock.MovementType;
import jp.sitegate.domain.model.stock.StockMovement;
import jp.sitegate.domain.model.stock.TocilizumabLot;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.SqlCounter;
import org.junit.jupiter.api.Test;

/** The gate over the real schema and demo data: facts loaded by JPA, decision per requirement, query count. */
@DatabaseTest(demo = true)
class EligibilityEngineTest {
    private static final Instant AT = Instant.parse("2025-11-01T03:00:00Z");
    private static final String UNIV = "1912110952";
    private static final String LUNSUMIO_1MG = "4291476A1028";
    private H2Database db;



    private Evaluation evaluate(String code, String yj, Instant at) {
        EntityManager em = db.em();
        try {
            return Beans.of(EligibilityEngine.class, em).evaluate(code, yj, at, at);
        } finally {
            em.close();
        }
    }

    @Test
    void demoFacilityIsEligibleForLunsumio() {
        Evaluation e = evaluate(UNIV, LUNSUMIO_1MG, AT);
        assertEquals(DecisionOutcome.ELIGIBLE, e.decision().outcome(), () -> e.decision().failingRequirementIds()
                .toString());
        assertEquals(11, e.decision().findings().size());
        assertEquals(FirstDeliveryStatus.ACTIVE, e.decision().firstDelivery());
        Finding stock = e.decision().findings().stream().filter(f -> f.requirementId().equals("LUN-FAC-4")).findFirst()
                .orElseThrow();
        assertTrue(stock.reasonEn().contains("1,600 mg"), stock.reasonEn());
        assertTrue(stock.evidence().stream().anyMatch(x -> x.en().contains("DEMO-80-OLD") && x.en().contains("expired")));
        assertTrue(stock.evidence().stream().anyMatch(x -> x.en().contains("DEMO-SC-162") && x.en().contains("subcutaneous")));
    }

    @Test
    void usingOneVialTakesStockBelowTheMinimum() {
        db.inTransaction(em -> {
            TocilizumabLot lot = em.createQuery("SELECT l FROM TocilizumabLot l WHERE l.lotNumber = 'DEMO-400-A'",
                    TocilizumabLot.class).getSingleResult();
            em.persist(new StockMovement(lot, MovementType.USED, 1, AT.minusSeconds(60), "test"));
        });
        Evaluation e = evaluate(UNIV, LUNSUMIO_1MG, AT);
        assertEquals(DecisionOutcome.NOT_ELIGIBLE, e.decision().outcome());
        assertEquals(java.util.List.of("LUN-FAC-4"), e.decision().failingRequirementIds());
        assertEquals(DecisionOutcome.ELIGIBLE, evaluate(UNIV, LUNSUMIO_1MG, AT.minusSeconds(120)).decision().outcome(),
                "as of a moment before the use, the stock was sufficient");
    }

    @Test
    void beforeTheBriefingTheBriefingRequirementsAreNotMet() {
        Evaluation e = evaluate(UNIV, LUNSUMIO_1MG, Instant.parse("2025-05-19T03:00:00Z"));
        assertEquals(java.util.List.of("LUN-FAC-4", "LUN-BRF-1", "LUN-BRF-2", "LUN-BRF-3", "LUN-BRF-4"),
                e.decision().failingRequirementIds(), "stock arrived on 2025-06-01, the briefing on 2025-05-20");
    }

    @Test
    void levelFiveFacilityIsNotEligibleForAbecma() {
        Evaluation e = evaluate("1910112398", "4900409X1022", AT);
        assertEquals(DecisionOutcome.NOT_ELIGIBLE, e.decision().outcome());
        assertTrue(e.decision().failingRequirementIds().contains("ABE-FAC-2"));
        assertEquals(FirstDeliveryStatus.NOT_APPLICABLE, e.decision().firstDelivery());
    }

    @Test
    void badAndUnknownCodes() {
        assertEquals("code", assertThrows(InvalidInputException.class, () -> evaluate("191211095", LUNSUMIO_1MG, AT))
                .field());
        assertEquals("product", assertThrows(InvalidInputException.class, () -> evaluate(UNIV, "4291476A1029", AT))
                .field());
        assertEquals("code", assertThrows(NotFoundException.class, () -> evaluate("0110113719", LUNSUMIO_1MG, AT))
                .field());
        assertEquals("product", assertThrows(NotFoundException.class, () -> evaluate(UNIV, "6399421A2026", AT))
                .field());
    }

    @Test
    void typedCodesAreNormalisedAndDpcDentalAndPharmacyCodesSayWhatTheyAre() {
        assertEquals(UNIV, evaluate("１９１２-１１０９５２", "４２９１４７６ａ１０２８", AT).facility().getCode().value());
        InvalidInputException dpc = assertThrows(InvalidInputException.class,
                () -> evaluate("192110952", LUNSUMIO_1MG, AT));
        assertEquals("code", dpc.field());
        assertTrue(dpc.reasonJa().contains("DPC") && dpc.reasonJa().contains(UNIV), dpc.reasonJa());
        // 後藤歯科医院 and 有限会社 大村薬局 (Tottori, 2025 bureau list): valid codes, never facilities here
        NotFoundException dental = assertThrows(NotFoundException.class,
                () -> evaluate("3130130507", LUNSUMIO_1MG, AT));
        assertEquals("code", dental.field());
        assertTrue(dental.reasonJa().startsWith("医療機関コード 3130130507 は歯科医療機関のコード"), dental.reasonJa());
        assertTrue(dental.reasonEn().contains("dental clinics are not delivery sites"), dental.reasonEn());
        NotFoundException pharmacy = assertThrows(NotFoundException.class,
                () -> evaluate("3140140116", LUNSUMIO_1MG, AT));
        assertTrue(pharmacy.reasonJa().contains("保険薬局") && pharmacy.reasonEn().contains("pharmacies"),
                pharmacy.reasonEn());
        assertTrue(assertThrows(NotFoundException.class, () -> evaluate("0110113719", LUNSUMIO_1MG, AT)).reasonJa()
                .contains("登録されていません"));
    }

    @Test
    void oneEvaluationReadsItsFactsInAFixedNumberOfQueriesWhateverTheFacilitySize() {
        H2Database counted = db;
        int small = countSelects(counted);
        db.inTransaction(em -> {
            Facility f = Beans.of(EligibilityEngine.class, em).facility(UNIV);
            for (int i = 0; i < 40; i++) {
                Physician p = new Physician("追加医師" + i, LocalDate.of(2010, 4, 1));
                p.recordExperience(5, 5, 1, 6);
                em.persist(p);
                em.persist(new Employment(p, f, true, false, LocalDate.of(2020, 4, 1)));
                TocilizumabLot lot = new TocilizumabLot(f, YjCode.of("6399421A2026", "yj"), "EXTRA-" + i,
                        LocalDate.of(2030, 1, 1));
                em.persist(lot);
                em.persist(new StockMovement(lot, MovementType.RECEIVED, 2, AT.minusSeconds(3600), null));
            }
        });
        int large = countSelects(counted);
        int present = countSelects(counted, em -> {
            // issue 16: a check for the present reads the products, profiles and reference data from memory; warm it
            // with another facility, then count one uncached check
            DecisionCache.clear();
            Beans.of(EligibilityEngine.class, em).present("1910114451", LUNSUMIO_1MG, AT);
            SqlCounter.SELECTS.set(0);
            Beans.of(EligibilityEngine.class, em).present(UNIV, LUNSUMIO_1MG, AT);
        });
        System.out.printf("SELECT statements per evaluation: %d (3 physicians, 5 lots) / %d (43 physicians, 45 lots);"
                + " an uncached check for the present: %d%n", small, large, present);
        assertEquals(small, large, "no query per physician or per lot");
        // 12 until issue 11 added the supply suspensions and the declarations with their confirmations (one SELECT
        // each), 15 since issue 12 reads the bureau lists' dates; issue 16: a check for the present reads the
        // facility, its facts in one SELECT (partnerships, its and its partners' filings, employments with
        // trainings, stock, briefings, declarations), the supply suspensions and the first-delivery releases
        assertTrue(small <= 15, "small fixed number of queries: " + small);
        assertTrue(present <= 4, "an uncached check for the present: " + present);
    }

    private int countSelects(H2Database base) {
        return countSelects(base, em -> Beans.of(EligibilityEngine.class, em).evaluate(UNIV, LUNSUMIO_1MG, AT, AT));
    }

    /** @return the SELECTs {@code work} sent after it last reset {@link SqlCounter#SELECTS} (or from its start) */
    private int countSelects(H2Database base, java.util.function.Consumer<EntityManager> work) {
        try (var emf = jakarta.persistence.Persistence.createEntityManagerFactory("sitegate-se", Map.of(
                "jakarta.persistence.jdbc.url", urlOf(base), "jakarta.persistence.jdbc.user", "sa",
                "jakarta.persistence.jdbc.password", "", "jakarta.persistence.jdbc.driver", "org.h2.Driver",
                "eclipselink.logging.logger", SqlCounter.class.getName(), "eclipselink.logging.level.sql", "FINE",
                "eclipselink.session-name", "counted-" + System.nanoTime()))) {
            EntityManager em = emf.createEntityManager();
            SqlCounter.SELECTS.set(0);
            work.accept(em);
            int n = SqlCounter.SELECTS.get();
            em.close();
            return n;
        }
    }

    private static String urlOf(H2Database base) {
        return (String) base.emf().getProperties().get("jakarta.persistence.jdbc.url");
    }

    @Test
    void lunsumioFindingsAreAllMetForTheDemoFacility() {
        List<Finding> findings = evaluate(UNIV, LUNSUMIO_1MG, AT).decision().findings();
        assertEquals(11, findings.size(), "Lunsumio's 11 requirements (issue 13: never an assertion over nothing)");
        findings.forEach(f -> assertEquals(FindingStatus.MET, f.status(), f.requirementId()));
    }

    @Test
    void aBatchChunkReusesWhatItReadAndDecidesAsTheSingleCheck() {
        EntityManager em = db.em();
        try {
            BatchScope scope = new BatchScope();
            Evaluation first = Beans.of(EligibilityEngine.class, em).evaluate(UNIV, LUNSUMIO_1MG, AT, scope);
            assertEquals(first.facts(), scope.facts.get(first.facility().getId()));
            for (String yj : java.util.List.of("4291477D1029", "4900409X1022", "4291476A2024", LUNSUMIO_1MG)) {
                Evaluation fresh = Beans.of(EligibilityEngine.class, em).evaluate(UNIV, yj, AT, AT);
                Evaluation reused = Beans.of(EligibilityEngine.class, em).evaluate(UNIV, yj, AT, scope);
                assertEquals(fresh.decision().outcome(), reused.decision().outcome(), yj);
                assertEquals(fresh.decision().findings(), reused.decision().findings(), yj);
                assertEquals(fresh.facts(), reused.facts(), yj);
                assertEquals(fresh.profile().getId(), reused.profile().getId(), yj);
            }
        } finally {
            em.close();
        }
    }

    @Test
    void aBatchChunkReadsSetWiseAndDecidesEveryLineAsTheSingleCheck() {
        List<String> valid = List.of(UNIV, "1910114451");
        List<String> yjs = List.of(LUNSUMIO_1MG, "4291477D1029", "4900409X1022");
        Map<String, jp.sitegate.application.view.DecisionDocument> single = new java.util.HashMap<>();
        Map<String, jp.sitegate.application.view.DecisionDocument> batch = new java.util.HashMap<>();
        int selects = countSelects(db, em -> {
            EligibilityEngine engine = Beans.of(EligibilityEngine.class, em);
            DecisionCache.clear();
            valid.forEach(code -> yjs.forEach(yj -> single.put(code + "|" + yj, engine.present(code, yj, AT))));
            DecisionCache.clear();
            SqlCounter.SELECTS.set(0);
            BatchScope scope = new BatchScope();
            // a chunk's codes as typed, with an unregistered and an invalid one: their lines answer the error
            engine.prefetch(List.of(UNIV, "1910114451", "１９１２-１１０９５２", "0110113719", "12"), yjs, AT, scope);
            valid.forEach(code -> yjs.forEach(yj -> batch.put(code + "|" + yj, engine.present(code, yj, AT, scope))));
        });
        DecisionCache.clear();
        assertEquals(6, single.size());
        assertEquals(single, batch, "every line decided as the single check decides it");
        // issue 16: the facilities, their facts (every product's briefings), suspensions and first-delivery
        // releases, one SELECT each, for the 6 decisions of the chunk
        assertTrue(selects <= 4, "SELECTs for the chunk: " + selects);
    }
}
