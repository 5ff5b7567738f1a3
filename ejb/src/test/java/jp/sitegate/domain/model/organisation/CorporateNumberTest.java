package jp.sitegate.domain.model.organisation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jp.sitegate.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * 法人番号 as the National Tax Agency specifies it (issue 10): 13 digits, the first a check digit over the other
 * twelve, {@code 9 − (Σ Pn × Qn mod 9)} with Pn the n-th digit from the right and Qn 1 for odd n, 2 for even n.
 */
class CorporateNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {
        "7000012050002", // 国税庁 itself, the NTA's own example
        "1180301018771", // a registered company (トヨタ自動車株式会社)
        "5010401067252", // a registered company (ソニーグループ株式会社)
        "6010001999901", // the demo distributors (made up, valid check digit)
        "5010001999902"})
    void validNumbersAreAccepted(String number) {
        assertEquals(number, CorporateNumber.of(number).value());
        assertEquals(number, CorporateNumber.of(number).toString());
    }

    @Test
    void theCheckDigitIsComputedAsTheNtaSpecifies() {
        // 000012050002 from the right: 2·1 + 0·2 + 0·1 + 0·2 + 5·1 + 0·2 + 2·1 + 1·2 + 0·1 + 0·2 + 0·1 + 0·2 = 11;
        // 11 mod 9 = 2; 9 − 2 = 7
        assertEquals(7, CorporateNumber.checkDigit("000012050002"));
        // a sum divisible by 9 gives 9, never 0
        assertEquals(9, CorporateNumber.checkDigit("000000000000"));
        assertEquals("9000000000000", CorporateNumber.of("9000000000000").value());
    }

    @Test
    void surroundingBlanksAreIgnored() {
        assertEquals("7000012050002", CorporateNumber.of("  7000012050002 ").value());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "8000012050002", // the NTA's number with a wrong check digit
        "6000012050002",
        "7000012050003", // one digit of the base changed
        "0000000000000", // 0 is never a check digit
        "1000000000000"})
    void aWrongCheckDigitIsRefusedNamingTheField(String number) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CorporateNumber.of(number));
        assertEquals("corporateNumber", e.field());
        assertTrue(e.getMessage().contains("check digit"), e.getMessage());
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {
        "000012050002", // 12 digits (the base without its check digit)
        "70000120500020", // 14 digits
        "7000012O50002", // a letter O for a zero
        "7000012-50002",
        "700001205000A",
        "７０００００１２０５０００２", // full-width digits
        "7000012 050002",
        "   "})
    void anythingButThirteenDigitsIsRefusedNamingTheField(String raw) {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CorporateNumber.of(raw));
        assertEquals("corporateNumber", e.field());
        assertTrue(e.getMessage().contains("13 digits"), e.getMessage());
    }

    @Test
    void numbersAreEqualByValue() {
        assertEquals(CorporateNumber.of("7000012050002"), CorporateNumber.of(" 7000012050002"));
        assertEquals(CorporateNumber.of("7000012050002").hashCode(), CorporateNumber.of("7000012050002").hashCode());
        assertNotEquals(CorporateNumber.of("7000012050002"), CorporateNumber.of("1180301018771"));
    }
}
