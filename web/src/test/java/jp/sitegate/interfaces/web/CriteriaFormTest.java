package jp.sitegate.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import jp.sitegate.domain.model.eligibility.CriteriaParser;
import jp.sitegate.domain.model.eligibility.RequirementType;
import org.junit.jupiter.api.Test;

/** Issue 14: the profile composer's form per requirement type reads and writes the criteria JSON faithfully. */
class CriteriaFormTest {
    private static final String LUN_FAC_3 = "[{\"type\":\"ICU_ACCESS\",\"levels\":[1,2,3,4,5,6],"
            + "\"allowEquivalent\":true,\"allowPartner\":true}]";

    private static Map<String, CriteriaForm.Field> fields(CriteriaForm form, int criterion) {
        return form.getCriteria().get(criterion).getFields().stream()
                .collect(Collectors.toMap(CriteriaForm.Field::getName, f -> f));
    }

    @Test
    void anUntouchedFormWritesBackWhatItRead() {
        for (RequirementType type : RequirementType.values()) {
            assertEquals(type.template().replace(" ", ""), CriteriaForm.parse(type.template()).toJson(), type.name());
        }
        assertEquals(LUN_FAC_3, CriteriaForm.parse(LUN_FAC_3).toJson());
    }

    @Test
    void editedFieldsAreWrittenAndTheServerReadsThem() {
        CriteriaForm form = CriteriaForm.parse(LUN_FAC_3);
        Map<String, CriteriaForm.Field> f = fields(form, 0);
        assertEquals(List.of("1", "2", "3", "4", "5", "6"), f.get("levels").getChoices());
        assertEquals(Boolean.FALSE, f.get("acceptAnyManufacturer").getFlag());
        assertEquals(12, f.get("confirmationMonths").getNumber(), "an absent integer shows its default");
        f.get("levels").setChoices(List.of("4", "1", "2", "3"));
        f.get("allowPartner").setFlag(false);
        f.get("confirmationMonths").setNumber(6);
        String json = form.toJson();
        assertEquals("[{\"type\":\"ICU_ACCESS\",\"levels\":[1,2,3,4],\"allowEquivalent\":true,\"allowPartner\":false,"
                + "\"confirmationMonths\":6}]", json);
        assertEquals(1, CriteriaParser.parse("T-1", json).size(), "what the form writes, the engine reads");
    }

    @Test
    void choicesKeepTheEnumsOrderAndBlankLeavesAnOptionalOut() {
        CriteriaForm form = CriteriaForm.parse("[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\","
                + "\"partnerCoverage\":\"ICU_CARE\",\"future\":1}]");
        Map<String, CriteriaForm.Field> f = fields(form, 0);
        assertTrue(f.get("capability").isRequired());
        assertTrue(f.get("capability").options(false).stream().anyMatch(o -> o.label().equals("24時間の患者連絡体制")));
        f.get("partnerCoverage").setChoice("");
        f.get("verification").setChoice("CONFIRMED");
        assertEquals("[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\",\"future\":1,"
                + "\"verification\":\"CONFIRMED\"}]", form.toJson(), "a key the form does not know is kept");

        CriteriaForm audience = CriteriaForm.parse(RequirementType.BRIEFING_AUDIENCE.template());
        fields(audience, 0).get("roles").setChoices(List.of("NURSE", "PHYSICIAN"));
        assertEquals("[{\"type\":\"BRIEFING_AUDIENCE\",\"roles\":[\"PHYSICIAN\",\"NURSE\"]}]", audience.toJson());
    }

    @Test
    void severalCriteriaAreSeveralGroups() {
        CriteriaForm form = CriteriaForm.parse("[{\"type\":\"CAPABILITY\",\"capability\":\"CONTACT_24H\"},"
                + "{\"type\":\"TOCILIZUMAB_STOCK\",\"minMg\":2400}]");
        assertEquals(2, form.getCriteria().size());
        assertEquals(2400, fields(form, 1).get("minMg").getNumber());
    }

    @Test
    void describesTheParametersInTheReadersWords() {
        String ja = CriteriaForm.describe("[{\"type\":\"TOCILIZUMAB_STOCK\",\"minMg\":2400}]", false);
        assertEquals("トシリズマブの在庫（トシリズマブの在庫量（mg 以上）: 2400）", ja);
        String en = CriteriaForm.describe(LUN_FAC_3, true);
        assertTrue(en.startsWith("ICU access — Accepted ICU levels (A301 1-6): 1, 2, 3, 4, 5, 6; An ICU-equivalent"),
                en);
        assertEquals("not json", CriteriaForm.describe("not json", false), "what is not a form is shown as it is");
    }

    @Test
    void whatIsNotAFormIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> CriteriaForm.parse("{\"type\":\"ICU_ACCESS\"}"));
        assertThrows(IllegalArgumentException.class, () -> CriteriaForm.parse("[{\"type\":\"TELEPATHY\"}]"));
        assertThrows(IllegalArgumentException.class, () -> CriteriaForm.parse("[1]"));
        assertThrows(IllegalArgumentException.class, () -> CriteriaForm.parse(null));
    }

    @Test
    void anErrorsFieldNamesTheParameterByItsLabel() {
        assertEquals("TEC-STK-1 — トシリズマブの在庫量（mg 以上）",
                ProfileComposerBean.fieldLabel("TEC-STK-1.criteria[0].minMg", false));
        assertEquals("TEC-STK-1.criteria", ProfileComposerBean.fieldLabel("TEC-STK-1.criteria", false));
    }
}
