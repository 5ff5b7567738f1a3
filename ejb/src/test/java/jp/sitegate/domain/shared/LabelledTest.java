package jp.sitegate.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.TreeSet;
import java.util.regex.Pattern;
import jp.sitegate.domain.model.briefing.AttendeeRole;
import jp.sitegate.domain.model.briefing.BriefingMaterial;
import jp.sitegate.domain.model.briefing.BriefingMode;
import jp.sitegate.domain.model.briefing.BriefingRequest;
import jp.sitegate.domain.model.briefing.VisitRestrictionKind;
import jp.sitegate.domain.model.declaration.ConfirmationDecision;
import jp.sitegate.domain.model.facility.Capability;
import jp.sitegate.domain.model.facility.PartnerCoverage;
import jp.sitegate.domain.model.facility.TransplantCategory;
import jp.sitegate.domain.model.patient.PatientCriterion;
import org.junit.jupiter.api.Test;

/** The domain's terms read their labels from the {@code Labels} bundles (issue 13), every one in both languages. */
class LabelledTest {
    private static final List<Class<? extends Labelled>> TERMS = List.of(AttendeeRole.class, BriefingMaterial.class,
            BriefingMode.class, BriefingRequest.class, VisitRestrictionKind.class, ConfirmationDecision.class,
            Capability.class, PartnerCoverage.class, TransplantCategory.class, PatientCriterion.class,
            jp.sitegate.domain.model.eligibility.RequirementType.class, jp.sitegate.domain.model.stock.MovementType.class,
            jp.sitegate.domain.model.eligibility.Verification.class);
    private static final Pattern JAPANESE = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]");

    @Test
    void everyTermHasAJapaneseAndAnEnglishLabel() {
        int terms = 0;
        for (Class<? extends Labelled> type : TERMS) {
            for (Labelled t : type.getEnumConstants()) {
                assertTrue(JAPANESE.matcher(t.labelJa()).find(), type.getSimpleName() + "." + t.name() + ": "
                        + t.labelJa());
                assertFalse(t.labelEn().isBlank() || JAPANESE.matcher(t.labelEn()).find(),
                        type.getSimpleName() + "." + t.name() + ": " + t.labelEn());
                terms++;
            }
        }
        // issue 14: every parameter a requirement type reads, as the composer's form names it
        java.util.Map<String, Labelled> parameters = new java.util.TreeMap<>();
        for (jp.sitegate.domain.model.eligibility.RequirementType type
                : jp.sitegate.domain.model.eligibility.RequirementType.values()) {
            type.parameters().forEach(p -> parameters.put(p.name(), p));
        }
        assertTrue(parameters.containsKey("minMg") && parameters.containsKey("levels"), parameters.keySet().toString());
        for (Labelled t : parameters.values()) {
            assertTrue(JAPANESE.matcher(t.labelJa()).find(), "Parameter." + t.name() + ": " + t.labelJa());
            assertFalse(t.labelEn().isBlank() || JAPANESE.matcher(t.labelEn()).find(), "Parameter." + t.name());
            terms++;
        }
        assertEquals(count(), terms, "one key per term in each bundle");
    }

    @Test
    void theBundlesHoldTheSameKeysAndTheWordsAsTheyWere() throws IOException {
        assertEquals(keys("Labels.properties"), keys("Labels_ja.properties"));
        assertEquals("24時間の患者連絡体制", Capability.CONTACT_24H.labelJa());
        assertEquals("24-hour patient contact", Capability.CONTACT_24H.labelEn());
        assertEquals("≥ 2 prior therapies including an immunomodulatory drug, a proteasome inhibitor and an anti-CD38 "
                + "antibody, with progression on or relapse after the last", PatientCriterion.PRIOR_THERAPIES.labelEn());
        assertEquals("認定カテゴリー1", TransplantCategory.CATEGORY_1.labelJa());
    }

    @Test
    void aTermWithoutALabelSaysWhichKeyIsMissing() {
        Labelled unknown = () -> "NOT_A_TERM";
        IllegalStateException e = assertThrows(IllegalStateException.class, unknown::labelJa);
        assertTrue(e.getMessage().contains("NOT_A_TERM"), e.getMessage());
    }

    private static int count() {
        try {
            return keys("Labels.properties").size();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static TreeSet<String> keys(String file) throws IOException {
        try (InputStream in = LabelledTest.class.getResourceAsStream("/jp/sitegate/domain/shared/" + file)) {
            Properties p = new Properties();
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return new TreeSet<>(new ArrayList<>(p.stringPropertyNames()));
        }
    }
}
