package jp.sitegate.application.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import jp.sitegate.testsupport.Beans;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.sitegate.domain.model.briefing.BriefingMode;
import jp.sitegate.domain.model.eligibility.CompiledRequirement;
import jp.sitegate.domain.model.eligibility.DecisionOutcome;
import jp.sitegate.domain.model.eligibility.EligibilityEvaluator;
import jp.sitegate.domain.model.eligibility.EvaluationContext;
import jp.sitegate.domain.model.eligibility.FacilityFacts;
import jp.sitegate.domain.model.eligibility.FactsFixtureAccess;
import jp.sitegate.domain.model.eligibility.Finding;
import jp.sitegate.domain.model.eligibility.FindingStatus;
import jp.sitegate.domain.model.eligibility.FirstDeliveryStatus;
import jp.sitegate.domain.model.facility.PartnerCoverage;
import jp.sitegate.domain.model.product.Product;
import jp.sitegate.domain.model.product.RequirementProfile;
import jp.sitegate.domain.shared.NotFoundException;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The three profiles exactly as the reference-data migration seeds them (Flyway on H2 in MySQL mode), evaluated
 * against facts that meet everything and against the edges of REQUIREMENTS.md.
 */
@DatabaseTest(demo = false)
class SeededProfilesTest {
    private static final LocalDate DAY = LocalDate.of(2025, 11, 1);
    private H2Database db;
    private EntityManager em;

    @BeforeEach
    void migrate() {
        em = db.em();
    }

    @AfterEach
    void close() {
        em.close();
    }

    private Product product(String key) {
        return em.createQuery("SELECT p FROM Product p WHERE p.key = :k", Product.class).setParameter("k", key)
                .getSingleResult();
    }

    private List<Finding> evaluate(String key, FacilityFacts facts) {
        Product p = product(key);
        List<CompiledRequirement> reqs = ProductCatalog.compile(Beans.of(ProductCatalog.class, em).profileInForce(p.getId(), DAY));
        return EligibilityEvaluator.findings(reqs, facts, new EvaluationContext(p.getId(), DAY));
    }

    private static Map<String, FindingStatus> byId(List<Finding> findings) {
        return findings.stream().collect(Collectors.toMap(Finding::requirementId, Finding::status));
    }

    private static void allMet(List<Finding> findings) {
        List<Executable> checks = findings.stream().<Executable>map(f -> () -> assertEquals(FindingStatus.MET,
                f.status(), f.requirementId() + ": " + f.reasonEn())).toList();
        org.junit.jupiter.api.Assertions.assertAll(checks);
        assertEquals(DecisionOutcome.ELIGIBLE, EligibilityEvaluator.outcome(findings, FirstDeliveryStatus.ACTIVE));
    }

    @Test
    void lunsumioProfileListsEveryRequirementOfRequirementsMd() {
        List<Finding> f = evaluate("LUNSUMIO", FactsFixtureAccess.eligible().build());
        assertEquals(List.of("LUN-PHY-1", "LUN-PHY-2", "LUN-PHY-3", "LUN-FAC-1", "LUN-FAC-2", "LUN-FAC-3", "LUN-FAC-4",
                "LUN-BRF-1", "LUN-BRF-2", "LUN-BRF-3", "LUN-BRF-4"), f.stream().map(Finding::requirementId).toList());
        allMet(f);
        f.forEach(x -> assertFalse(x.clause().isBlank(), x.requirementId() + " cites its clause"));
    }

    @Test
    void lunsumioPartnerIcuSatisfiesLunFac3() {
        var facts = FactsFixtureAccess.eligible().icuLevels().icuEquivalent(false, null)
                .partner(EnumSet.of(PartnerCoverage.ICU_CARE), 2).build();
        assertEquals(FindingStatus.MET, byId(evaluate("LUNSUMIO", facts)).get("LUN-FAC-3"));
        var alone = FactsFixtureAccess.eligible().icuLevels().icuEquivalent(false, null).build();
        List<Finding> f = evaluate("LUNSUMIO", alone);
        assertEquals(FindingStatus.NOT_MET, byId(f).get("LUN-FAC-3"));
        assertEquals(DecisionOutcome.NOT_ELIGIBLE, EligibilityEvaluator.outcome(f, FirstDeliveryStatus.ACTIVE));
        assertEquals(DecisionOutcome.ELIGIBLE, EligibilityEvaluator.outcome(f, FirstDeliveryStatus.RELEASED),
                "LUN-DST-2: later deliveries are not restricted");
    }

    @Test
    void lunsumioOnlineBriefingWithoutVisitRestriction() {
        var facts = FactsFixtureAccess.eligible().briefings(FactsFixtureAccess.briefing(BriefingMode.ONLINE, null))
                .build();
        Map<String, FindingStatus> f = byId(evaluate("LUNSUMIO", facts));
        assertEquals(FindingStatus.NOT_MET, f.get("LUN-BRF-2"));
        assertEquals(FindingStatus.MET, f.get("LUN-FAC-3"));
        var restricted = FactsFixtureAccess.eligible()
                .briefings(FactsFixtureAccess.briefing(BriefingMode.ONLINE, "院内感染対策のため訪問規制")).build();
        allMet(evaluate("LUNSUMIO", restricted));
    }

    @Test
    void abecmaProfile() {
        List<Finding> f = evaluate("ABECMA", FactsFixtureAccess.eligible().build());
        assertEquals(List.of("ABE-FAC-1", "ABE-FAC-2", "ABE-FAC-3", "ABE-FAC-4", "ABE-PHY-LEAD", "ABE-PHY-2",
                "ABE-PHY-TRN", "ABE-INF-1", "ABE-ADV-1", "ABE-ADV-2", "ABE-ADV-3", "ABE-ADV-4"),
                f.stream().map(Finding::requirementId).toList());
        allMet(f);
    }

    @Test
    void abecmaWithA301LevelFiveOnlyIsNotEligible() {
        List<Finding> f = evaluate("ABECMA", FactsFixtureAccess.eligible().icuLevels(5).build());
        Map<String, FindingStatus> s = byId(f);
        assertEquals(FindingStatus.NOT_MET, s.get("ABE-FAC-2"));
        assertEquals(1, s.values().stream().filter(x -> x != FindingStatus.MET).count());
        assertEquals(DecisionOutcome.NOT_ELIGIBLE, EligibilityEvaluator.outcome(f, FirstDeliveryStatus.NOT_APPLICABLE));
        assertEquals(FindingStatus.MET, byId(evaluate("LUNSUMIO", FactsFixtureAccess.eligible().icuLevels(5).build()))
                .get("LUN-FAC-3"), "level 5 still counts for Lunsumio");
    }

    @Test
    void abecmaStockExpiredAndSubcutaneousDoNotCount() {
        var facts = FactsFixtureAccess.eligible().lots(
                new FacilityFacts.LotFact("6399421A3022", "OLD", DAY.minusDays(1), 4, 400, true),
                new FacilityFacts.LotFact("6399421G1022", "SC", DAY.plusYears(1), 20, 162, false)).build();
        assertEquals(FindingStatus.NOT_MET, byId(evaluate("ABECMA", facts)).get("ABE-ADV-2"));
    }

    @Test
    void imdelltraProfileIsProvisional() {
        Product p = product("IMDELLTRA");
        RequirementProfile profile = Beans.of(ProductCatalog.class, em).profileInForce(p.getId(), DAY);
        assertTrue(profile.isProvisional());
        List<Finding> f = evaluate("IMDELLTRA", FactsFixtureAccess.eligible().build());
        assertEquals(List.of("IMD-PHY-1", "IMD-FAC-1", "IMD-WRN-1", "IMD-WRN-2", "IMD-BAS-1", "IMD-COM-1", "IMD-BRF-1",
                "IMD-BRF-2"), f.stream().map(Finding::requirementId).toList());
        allMet(f);
        assertFalse(Beans.of(ProductCatalog.class, em).profileInForce(product("LUNSUMIO").getId(), DAY).isProvisional());
    }

    @Test
    void aNewProfileVersionTakesEffectOnItsDate() {
        Product p = product("LUNSUMIO");
        db.inTransaction(tx -> {
            // version 2 is V17's (verification CONFIRMED, from 2026-12-02): this one is the third
            RequirementProfile v2 = new RequirementProfile(tx.find(Product.class, p.getId()), 3, DAY.plusDays(10),
                    false, "test v3");
            v2.addRequirement("LUN-FAC-4", "clause", "t", "t", "[{\"type\":\"TOCILIZUMAB_STOCK\",\"minMg\":3200}]");
            tx.persist(v2);
        });
        assertEquals(1, Beans.of(ProductCatalog.class, em).profileInForce(p.getId(), DAY.plusDays(9)).getVersionNo());
        assertEquals(3, Beans.of(ProductCatalog.class, em).profileInForce(p.getId(), DAY.plusDays(10)).getVersionNo());
        assertTrue(org.junit.jupiter.api.Assertions.assertThrows(NotFoundException.class,
                () -> Beans.of(ProductCatalog.class, em).profileInForce(p.getId(), LocalDate.of(2020, 1, 1))).reasonEn()
                .contains("no requirement profile"));
    }
}
