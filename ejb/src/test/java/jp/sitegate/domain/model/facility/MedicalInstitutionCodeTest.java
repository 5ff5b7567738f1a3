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

    @Test
    void valueEquality() {
        assertEquals(MedicalInstitutionCode.of("1912110952"), MedicalInstitutionCode.of(" 1912110952 "));
        assertEquals(MedicalInstitutionCode.of("1912110952"), MedicalInstitutionCode.fromParts("19", '1', "2110952"));
    }
}
