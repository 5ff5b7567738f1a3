package jp.sitegate.domain.model.eligibility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;

/** Issue 12: evidence is structured and rendered from the bundles in the reader's language. */
class EvidenceTextTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");

    @ParameterizedTest
    @EnumSource(EvidenceKind.class)
    void everyKindHasATemplateInBothLanguagesNamingTheSameParameters(EvidenceKind kind) {
        String ja = EvidenceText.bundle(Locale.JAPANESE).getString(kind.name());
        String en = EvidenceText.bundle(Locale.ENGLISH).getString(kind.name());
        assertFalse(ja.equals(en), kind + " is translated");
        assertEquals(names(ja), names(en), kind + ": both templates use the same parameters");
        // no ASCII words in Japanese templates but codes and units (A301, SHA-256, mg, ICU, MR)
        assertFalse(ja.replaceAll("\\{[A-Za-z]+\\}", "").replace("SiteGate", "").matches(".*[a-z]{3,}.*"),
                kind + ": " + ja);
    }

    private static List<String> names(String template) {
        return PLACEHOLDER.matcher(template).results().map(m -> m.group(1)).sorted().toList();
    }

    @Test
    void nestedEvidenceLabelsAndListsRenderInTheReadersLanguage() {
        Evidence filing = Evidence.of(EvidenceKind.FILING, "symbol", "集５", "level", 5, "start",
                LocalDate.of(2024, 10, 1), "listDate", LocalDate.of(2025, 10, 1));
        Evidence e = Evidence.of(EvidenceKind.LEVEL_NOT_ACCEPTED, "filing", filing, "accepts", List.of(1, 2, 3, 4));
        assertEquals("A301 集５（特定集中治療室管理料5）2024-10-01 算定開始・2025-10-01 現在の名簿 — 対象外の区分（対象: "
                + "特定集中治療室管理料 1、2、3、4）", e.ja());
        assertEquals("A301 集５ (level 5) since 2024-10-01, list of 2025-10-01 — level not accepted (accepts 1, 2, 3, 4)",
                e.en());
        Evidence lot = Evidence.of(EvidenceKind.LOT_NOT_COUNTED, "lot", "L1", "yj", "6399421G1022", "vials", 2,
                "expiry", LocalDate.of(2030, 1, 31), "why", Evidence.of(EvidenceKind.LOT_SUBCUTANEOUS));
        assertTrue(lot.ja().endsWith("は算入しない：皮下注製剤（CRSには適応なし）"), lot.ja());
        Evidence cap = Evidence.of(EvidenceKind.CAPABILITY_ABSENT, "capability", new Evidence.Label("24時間診療体制",
                "24-hour care"));
        assertEquals("24時間診療体制：なしと申告", cap.ja());
        assertEquals("24-hour care: declared absent", cap.en());
    }

    @Test
    void theApiFormKeepsKindAndParametersWithLabelsInBothLanguages() {
        Evidence e = Evidence.of(EvidenceKind.PARTNER_COVERS, "code", "1910112398", "name", "県立中央病院", "coverage",
                new Evidence.Label("入院管理", "inpatient care"));
        Map<String, Object> p = EvidenceText.params(e);
        assertEquals("1910112398", p.get("code"));
        assertEquals(Map.of("ja", "入院管理", "en", "inpatient care"), p.get("coverage"));
    }

    @Test
    void aNullValueIsLeftOutAndTheBundleHasNoFallbackToTheDefaultLocale() {
        Evidence e = Evidence.of(EvidenceKind.DECLARED_BY, "by", "施設管理者（fadmin1）", "on", null);
        assertFalse(e.params().containsKey("on"));
        ResourceBundle en = EvidenceText.bundle(Locale.ENGLISH);
        assertEquals(", ", en.getString("separator"));
        assertEquals("、", EvidenceText.bundle(Locale.JAPANESE).getString("separator"));
    }
}
