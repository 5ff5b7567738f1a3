package jp.sitegate.application.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.sitegate.application.shipment.PatientChecklistService;
import jp.sitegate.domain.model.product.ProfileRequirement;
import jp.sitegate.domain.model.product.RequirementProfile;
import jp.sitegate.testsupport.H2Database;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Issue 12: every requirement id of the seeded profiles cites its clause and words its Japanese title exactly as the
 * table {@code docs/requirements-citations.tsv} (kept beside ../shared/REQUIREMENTS.md's wording) says, in every profile
 * version; and the table's heading and quote of each id are in the source document ({@code ../shared/seeds}), the
 * heading within 700 characters before the quote (both compared after NFKC with white space removed).
 */
class RequirementCitationsTest {
    private static final Path TABLE = Path.of("..", "docs", "requirements-citations.tsv");
    /** Copies of ../shared/seeds/000–002 (the source documents the table quotes). */
    private static final Path SEEDS = Path.of("src", "test", "resources", "seeds");

    /** One row of the table. */
    record Citation(String id, String product, String clause, String titleJa, String seed, String heading,
            String quote) {
    }

    private static H2Database db;
    private static EntityManager em;

    @BeforeAll
    static void migrate() {
        db = new H2Database(false);
        em = db.em();
    }

    @AfterAll
    static void close() {
        em.close();
        db.close();
    }

    static Map<String, Citation> table() throws IOException {
        Map<String, Citation> out = new LinkedHashMap<>();
        for (String line : Files.readAllLines(TABLE, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] f = line.split("\t", -1);
            assertEquals(7, f.length, "7 tab-separated columns: " + line);
            out.put(f[0], new Citation(f[0], f[1], f[2], f[3], f[4], f[5], f[6]));
        }
        return out;
    }

    private static String normal(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    @TestFactory
    Stream<DynamicTest> everyVersionOfTheSeededProfilesCitesAndWordsEachRequirementAsTheTable() throws IOException {
        Map<String, Citation> table = table();
        List<ProfileRequirement> rows = em.createQuery("SELECT r FROM ProfileRequirement r WHERE "
                + "r.profile.product.key IN ('LUNSUMIO', 'ABECMA', 'IMDELLTRA') ORDER BY r.profile.id, r.seq",
                ProfileRequirement.class).getResultList();
        assertTrue(rows.size() >= 3 * 11, "the seeded profiles' requirements: " + rows.size());
        return rows.stream().map(r -> DynamicTest.dynamicTest(r.getRequirementId() + " of "
                + r.getProfile().getProduct().getKey() + " v" + r.getProfile().getVersionNo(), () -> {
                    Citation c = table.get(r.getRequirementId());
                    assertTrue(c != null, "the table lists " + r.getRequirementId());
                    assertEquals(c.product(), r.getProfile().getProduct().getKey());
                    assertEquals(c.clause(), r.getClauseJa(), "clause");
                    assertEquals(c.titleJa(), r.getTitleJa(), "Japanese title");
                    assertFalse(r.getClauseJa().contains("REQUIREMENTS.md"), "no clause cites REQUIREMENTS.md");
                }));
    }

    @TestFactory
    Stream<DynamicTest> eachHeadingAndQuoteIsInTheSourceDocument() throws IOException {
        Map<String, String> seeds = new HashMap<>();
        List<Citation> quoted = new ArrayList<>(table().values().stream().filter(c -> !"-".equals(c.seed())).toList());
        assertTrue(quoted.size() >= 25, "quoted rows: " + quoted.size());
        return quoted.stream().map(c -> DynamicTest.dynamicTest(c.id() + " in " + c.seed(), () -> {
            String text = seeds.computeIfAbsent(c.seed(), s -> {
                try {
                    return normal(Files.readString(SEEDS.resolve(s), StandardCharsets.UTF_8));
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
            int quote = text.indexOf(normal(c.quote()));
            assertTrue(quote >= 0, "quote of " + c.id() + " is in " + c.seed() + ": " + c.quote());
            int heading = text.lastIndexOf(normal(c.heading()), quote);
            assertTrue(heading >= 0 && quote - heading <= 700, c.id() + ": heading 「" + c.heading()
                    + "」 precedes the quote within 700 characters (found at " + heading + ", quote at " + quote + ")");
        }));
    }

    @Test
    void theShipmentTimePatientFindingCitesTheGuidelinesSection5AsTheTable() throws IOException {
        // ABE-PAT-1 is not a profile requirement: the shipment of a per-patient product adds it (issue 12)
        Citation c = table().get(PatientChecklistService.REQUIREMENT_ID);
        assertEquals(c.clause(), PatientChecklistService.CLAUSE);
        assertEquals(c.titleJa(), PatientChecklistService.TITLE_JA);
    }

    @Test
    void abecmaAdverseReactionClausesAreNumberedAsTheGuidelineDoes() throws IOException {
        Map<String, Citation> t = table();
        // ③-1 has two sentences (ABE-ADV-1, -2); ③-2 and ③-3 follow — never 「③ (1)–(4)」
        assertEquals("最適使用推進ガイドライン 4. ③-1 第1文", t.get("ABE-ADV-1").clause());
        assertEquals("最適使用推進ガイドライン 4. ③-1 第2文", t.get("ABE-ADV-2").clause());
        assertEquals("最適使用推進ガイドライン 4. ③-2", t.get("ABE-ADV-3").clause());
        assertEquals("最適使用推進ガイドライン 4. ③-3", t.get("ABE-ADV-4").clause());
        assertEquals("RMP 使用条件の設定【具体的な方法】第2文", t.get("LUN-BRF-2").clause());
        assertTrue(t.get("ABE-PHY-LEAD").titleJa().contains("血液悪性腫瘍"));
        assertTrue(t.get("ABE-INF-1").titleJa().contains("担当者"));
    }

    @Test
    void imdelltraListsTheSeptember2025RequestOnlyFromItsDate() {
        List<RequirementProfile> versions = em.createQuery("SELECT p FROM RequirementProfile p WHERE "
                + "p.product.key = 'IMDELLTRA' ORDER BY p.effectiveFrom", RequirementProfile.class).getResultList();
        assertEquals(3, versions.size(), "versions of 2024-12-27, 2025-09-01 and 2026-12-02");
        Map<String, Boolean> listsIt = new LinkedHashMap<>();
        versions.forEach(v -> listsIt.put(v.getEffectiveFrom().toString(), v.getRequirements().stream()
                .anyMatch(r -> r.getRequirementId().equals("IMD-COM-1"))));
        assertEquals(Map.of("2024-12-27", false, "2025-09-01", true, "2026-12-02", true), listsIt);
        versions.forEach(v -> assertEquals(jp.sitegate.domain.model.product.DistributionPolicy.EVERY_DELIVERY,
                v.getDistributionPolicy(), "Imdelltra's seeds release no delivery: v" + v.getVersionNo()));
    }
}
