package jp.sitegate.domain.model.facility;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import jp.sitegate.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;
import org.junit.jupiter.params.provider.ValueSource;

/** REQUIREMENTS.md §6: medical institution code format and check digit, on real codes of every prefecture. */
class MedicalInstitutionCodeTest {

    @ParameterizedTest(name = "{0} {3} -> {7}")
    @CsvFileSource(resources = "/realdata/checkdigit_test_vectors.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void realVectors(String code10, String pref, String tensu, String name, String source, String luhn10,
            String luhn7, boolean expectedValid) {
        assertEquals(expectedValid, MedicalInstitutionCode.isValid(code10), code10 + " " + name);
    }

    @Test
    void vectorsCoverTheSevenDigitPrefecturesAndTheOthers() throws Exception {
        Set<String> prefs = new TreeSet<>();
        try (var in = getClass().getResourceAsStream("/realdata/checkdigit_test_vectors.csv")) {
            new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).lines().skip(1)
                    .filter(l -> l.endsWith(",True,luhn over 7 digits only (Saitama/Chiba/Tokyo/Kanagawa)")
                            || l.contains(",True,True,"))
                    .forEach(l -> prefs.add(l.substring(0, 2)));
        }
        assertTrue(prefs.containsAll(Set.of("11", "12", "13", "14")), "real codes of Saitama, Chiba, Tokyo, Kanagawa");
    }

    @ParameterizedTest
    @ValueSource(strings = {"0110113719", "1912110952", "1910112398"})
    void acceptsRealCodesCheckedOverAllTenDigits(String code) {
        MedicalInstitutionCode c = MedicalInstitutionCode.of(code);
        assertEquals(code, c.value());
        assertTrue(c.isMedical());
    }

    @Test
    void tokyoCodeIsCheckedOverItsLastSevenDigitsOnly() {
        assertTrue(MedicalInstitutionCode.isValid("1310114611"));
        assertFalse(MedicalInstitutionCode.isValid("1310114612"));
    }

    @Test
    void errorsNameTheFieldAndTheReason() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> MedicalInstitutionCode.of("12345"));
        assertEquals("code", e.field());
        assertTrue(e.reasonEn().contains("10 digits"));
        assertTrue(assertThrows(InvalidInputException.class, () -> MedicalInstitutionCode.of("1912110953"))
                .reasonEn().contains("check digit"));
        assertTrue(assertThrows(InvalidInputException.class, () -> MedicalInstitutionCode.of("4812110952"))
                .reasonEn().contains("prefecture"));
        assertTrue(assertThrows(InvalidInputException.class, () -> MedicalInstitutionCode.of("1922110952"))
                .reasonEn().contains("fee-schedule"));
        assertThrows(InvalidInputException.class, () -> MedicalInstitutionCode.of(null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"１９１０-１１４４５１", "1910-114451", "1910 114451", "１９１０ー１１４４５１", "1910－114451",
            "1910‐114451", "1910−114451", " 1910114451 "})
    void fullWidthDigitsHyphensAndSpacesAreNormalisedEverywhere(String typed) {
        assertEquals("1910114451", MedicalInstitutionCode.normalize(typed));
        assertTrue(MedicalInstitutionCode.isValid(typed));
        assertEquals("1910114451", MedicalInstitutionCode.of(typed).value());
        assertTrue(MedicalInstitutionCode.of("1910114451").sameAs(typed));
        assertFalse(MedicalInstitutionCode.of("1912110952").sameAs(typed));
    }

    @Test
    void aNineDigitCodeIsTheDpcFormAndTheTenDigitCandidateIsSuggested() {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> MedicalInstitutionCode.of("190114451"));
        assertTrue(e.reasonJa().startsWith("医療機関コードが不正です: 9桁はDPC"), e.reasonJa());
        assertTrue(e.reasonJa().contains("1910114451 ではありませんか"), e.reasonJa());
        assertTrue(e.reasonEn().contains("DPC") && e.reasonEn().contains("did you mean 1910114451?"), e.reasonEn());
        InvalidInputException noCandidate = assertThrows(InvalidInputException.class,
                () -> MedicalInstitutionCode.of("190114452", "facilityCode"));
        assertEquals("facilityCode", noCandidate.field());
        assertTrue(noCandidate.reasonEn().contains("1910114452 fails the check digit"), noCandidate.reasonEn());
        assertFalse(noCandidate.reasonEn().contains("did you mean"));
    }

    @Test
    void aDentalCodeWrittenWithFeeDigitOneIsNamed() {
        // 後藤歯科医院, Tottori (31), 歯科 in the 2025 bureau list: 3130130507 passes, 3110130507 does not
        assertTrue(MedicalInstitutionCode.isValid("3130130507"));
        String ja = MedicalInstitutionCode.problem("3110130507").orElseThrow().ja();
        String en = MedicalInstitutionCode.problem("3110130507").orElseThrow().en();
        assertTrue(ja.contains("3130130507") && ja.contains("歯科医療機関を点数表番号1で書いたコード"), ja);
        assertTrue(en.contains("probably a dental institution written with digit 1"), en);
        assertTrue(MedicalInstitutionCode.problem("1910114451").isEmpty());
    }

    @Test
    void dentalAndPharmacyCodesSayTheyAreNotDeliverySites() {
        // 後藤歯科医院 and 有限会社 大村薬局, Tottori, from the 2025 bureau list
        MedicalInstitutionCode dental = MedicalInstitutionCode.of("3130130507");
        MedicalInstitutionCode pharmacy = MedicalInstitutionCode.of("3140140116");
        assertFalse(dental.isMedical());
        assertTrue(dental.notADeliverySite().orElseThrow().ja().contains("歯科医療機関"));
        assertTrue(dental.notADeliverySite().orElseThrow().en().contains("dental clinics are not delivery sites"));
        assertTrue(pharmacy.notADeliverySite().orElseThrow().ja().contains("保険薬局"));
        assertTrue(pharmacy.notADeliverySite().orElseThrow().en().contains("pharmacies are not delivery sites"));
        assertTrue(MedicalInstitutionCode.of("1910114451").notADeliverySite().isEmpty());
    }

    @Test
    void valueEquality() {
        assertEquals(MedicalInstitutionCode.of("1912110952"), MedicalInstitutionCode.of(" 1912110952 "));
        assertEquals(MedicalInstitutionCode.of("1912110952"), MedicalInstitutionCode.fromParts("19", '1', "2110952"));
    }
}
