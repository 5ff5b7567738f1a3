package jp.sitegate.domain.model.product;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.sitegate.domain.shared.InvalidInputException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/** REQUIREMENTS.md §6: YJ code check digit. */
class YjCodeTest {

    @ParameterizedTest(name = "{0} -> {3}")
    @CsvFileSource(resources = "/realdata/yj_checkdigit_test_vectors.csv", numLinesToSkip = 1, encoding = "UTF-8")
    void vectors(String code, String name, String computed, boolean valid) {
        assertEquals(valid, YjCode.isValid(code), code + " " + name);
        assertEquals(computed.charAt(0), YjCode.checkDigit(code.substring(0, 11)));
    }

    @Test
    void everyCodeOfTheMhlwPriceListsIsValid() throws IOException {
        List<String> codes;
        try (InputStream in = getClass().getResourceAsStream("/realdata/yj_codes_distinct_mhlw_price_2014-2025.txt")) {
            codes = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank()).toList();
        }
        assertTrue(codes.size() > 25_000);
        List<String> invalid = codes.stream().filter(c -> !YjCode.isValid(c)).toList();
        assertEquals(List.of(), invalid);
    }

    @Test
    void tocilizumabAndProductCodesOfRequirementsMd() {
        for (String c : List.of("6399421A2026", "6399421A1020", "6399421A3022", "4291476A1028", "4291476A2024",
                "4291477D1029", "4291477D2025", "4900409X1022")) {
            assertEquals(c, YjCode.of(c, "product").value());
        }
    }

    @Test
    void errorsNameTheField() {
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> YjCode.of("4291476A1029", "product"));
        assertEquals("product", e.field());
        assertTrue(e.reasonEn().contains("check digit"));
        assertTrue(assertThrows(InvalidInputException.class, () -> YjCode.of("42914761A028", "product")).reasonEn()
                .contains("letter"));
    }

    @Test
    void fullWidthLowerCaseSpacedCodesAreNormalised() {
        assertEquals("6399421A2026", YjCode.normalize("６３９９４２１ａ２０２６"));
        assertEquals("6399421A2026", YjCode.of(" 6399421a2026 ", "product").value());
        assertEquals("4291476A1028", YjCode.of("4291476-A102８", "product").value());
        assertTrue(YjCode.isValid("６３９９４２１Ａ２０２６"));
    }

    @Test
    void reasonsAreJapaneseFirstAndEnglish() {
        var reason = YjCode.problem("4291476A1029").orElseThrow();
        assertEquals("YJコードが不正です: 検証番号（12文字目）が一致しません", reason.ja());
        assertEquals("invalid YJ code: check digit does not match", reason.en());
        assertTrue(YjCode.problem("6399421A2026").isEmpty());
    }
}
