package jp.sitegate.application.gate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import jp.sitegate.infrastructure.importing.RowError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 12: the batch CSV's optional header is recognised by its names, and codes are read as typed. */
class OrderLineParserTest {
    private static final String UNIV = "1912110952";
    private static final String TCZ_80 = "6399421A2026";

    private static OrderLineParser.Parsed parse(String csv) {
        return OrderLineParser.parse(csv.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aNineDigitCodeOnLineOneIsDataAndSaysItIsTheDpcForm() {
        OrderLineParser.Parsed p = parse("192110952," + TCZ_80 + ",1,PO-1\n" + UNIV + "," + TCZ_80 + ",2,PO-2\n");
        assertEquals(1, p.errors().size(), p.errors().toString());
        RowError e = p.errors().get(0);
        assertEquals(1, e.row());
        assertEquals("医療機関コード", e.column());
        assertTrue(e.reason().contains("DPC") && e.reason().contains(UNIV), e.reason());
        assertTrue(e.reasonEn().contains("DPC") && e.reasonEn().contains("did you mean " + UNIV), e.reasonEn());
        assertEquals(List.of(2), p.lines().stream().map(OrderLine::line).toList());
    }

    @Test
    void aJapaneseHeaderIsSkipped() {
        OrderLineParser.Parsed p = parse("医療機関コード,YJコード,数量,注文番号\n" + UNIV + "," + TCZ_80 + ",1,PO-1\n");
        assertEquals(List.of(), p.errors());
        assertEquals(List.of(2), p.lines().stream().map(OrderLine::line).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"\uFEFFFacility Code,YJ code,QUANTITY,Order reference", "facility code,product YJ code",
            "FacilityCode,YJCode,Quantity,OrderReference", "医療機関コード, yj code ,数量,", "\uFEFF医療機関コード,ＹＪコード"})
    void documentedHeadersAreSkippedWhateverTheCaseSpacesOrBom(String header) {
        OrderLineParser.Parsed p = parse(header + "\n" + UNIV + "," + TCZ_80 + ",1,PO-1\n");
        assertEquals(List.of(), p.errors());
        assertEquals(List.of(2), p.lines().stream().map(OrderLine::line).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"施設コード,YJコード,数量,注文番号", "医療機関コード,製品,数量,注文番号", "facility,product,qty,ref",
            "医療機関コード,YJコード,個数,注文番号"})
    void aFirstLineWithoutTheHeaderNamesIsDataAndGetsTheLineErrors(String line) {
        OrderLineParser.Parsed p = parse(line + "\n" + UNIV + "," + TCZ_80 + ",1,PO-1\n");
        assertEquals(List.of(2), p.lines().stream().map(OrderLine::line).toList());
        assertTrue(p.errors().stream().anyMatch(e -> e.row() == 1), p.errors().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"１９１２-１１０９５２", "1912-110952", "1912 110952", "１９１２ー１１０９５２", "1912－110952",
            "1912‐110952", "1912−110952", "１９１２　１１０９５２"})
    void fullWidthDigitsHyphensAndSpacesInCodesAreNormalised(String typed) {
        OrderLineParser.Parsed p = parse(typed + ",６３９９４２１ａ２０２６,1,PO-1\n");
        assertEquals(List.of(), p.errors());
        assertEquals(1, p.lines().size());
        assertEquals(UNIV, p.lines().get(0).facilityCode());
        assertEquals(TCZ_80, p.lines().get(0).yjCode());
    }

    @Test
    void aDentalCodeWrittenWithDigitOneIsNamed() {
        OrderLineParser.Parsed p = parse("3110130507," + TCZ_80 + ",1,PO-1\n");
        assertEquals(1, p.errors().size(), p.errors().toString());
        assertTrue(p.errors().get(0).reason().contains("歯科"), p.errors().get(0).reason());
        assertTrue(p.errors().get(0).reasonEn().contains("3130130507"), p.errors().get(0).reasonEn());
    }
}
