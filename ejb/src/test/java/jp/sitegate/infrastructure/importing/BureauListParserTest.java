package jp.sitegate.infrastructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import jp.sitegate.application.importing.FilingImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Reading the bureau list (REQUIREMENTS.md §6): the real Yamanashi workbook and CSV in every encoding. */
class BureauListParserTest {
    static final String HEADER = "項番,都道府県コード,都道府県名,区分,医療機関番号,併設医療機関番号,医療機関記号番号,医療機関名称,"
            + "医療機関所在地（郵便番号）,医療機関所在地（住所）,電話番号,FAX番号,病床数,受理届出名称,受理記号,受理番号,算定開始年月日,"
            + "個別有効開始年月日,備考（見出し）,備考（データ）,市町村コード,市町村名,種別コード,種別";

    static byte[] yamanashi() throws IOException {
        try (InputStream in = BureauListParserTest.class
                .getResourceAsStream("/realdata/raw_sample_19_yamanashi_ika_R7-10.xlsx")) {
            return in.readAllBytes();
        }
    }

    /** @return a CSV list as the bureau's columns, with a title row carrying the date */
    static String csv(String date, String... rows) {
        StringBuilder b = new StringBuilder("届出受理医療機関名簿（医科）\n\"[" + date + " 現在 ]\"\n\n" + HEADER + "\n");
        for (String r : rows) {
            b.append(r).append('\n');
        }
        return b.toString();
    }

    static String row(int n, String number, String name, String symbol, String start) {
        return n + ",19,山梨県,医科," + number + ",,,\"" + name + "\",400-0000,甲府市,055,055,\"一般　　100\",特定集中治療室管理料,"
                + symbol + ",第1号,\"" + start + "\",,,,,,,";
    }

    @Test
    void readsTheRealYamanashiWorkbook() throws IOException {
        BureauList list = BureauListParser.parse(yamanashi());
        assertEquals(LocalDate.of(2025, 9, 1), list.listDate());
        List<BureauRow> rows = list.rows().stream().filter(r -> !r.isBlank()).toList();
        assertTrue(rows.size() > 4_000, "rows " + rows.size());
        BureauRow univIcu = rows.stream().filter(r -> r.number().equals("2110952") && r.symbol().equals("集１"))
                .findFirst().orElseThrow();
        assertEquals("山梨大学医学部附属病院", univIcu.name());
        assertEquals(LocalDate.of(2024, 10, 1), JapaneseDates.find(univIcu.startDate()));
        assertEquals(5, list.rows().get(0).rowNumber(), "data starts on row 5, below the header on row 4");
    }

    @Test
    void csvInUtf8WithAndWithoutBomAndInShiftJis() {
        String text = csv("令和7年10月1日", row(1, "2110952", "山梨大学医学部附属病院", "集１", "令和 6年10月 1日"));
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        byte[] withBom = new byte[utf8.length + 3];
        System.arraycopy(bom, 0, withBom, 0, 3);
        System.arraycopy(utf8, 0, withBom, 3, utf8.length);
        for (byte[] content : List.of(utf8, withBom, text.getBytes(Charset.forName("Windows-31J")))) {
            BureauList l = BureauListParser.parse(content);
            assertEquals(LocalDate.of(2025, 10, 1), l.listDate());
            assertEquals("山梨大学医学部附属病院", l.rows().get(0).name());
            assertEquals("集１", l.rows().get(0).symbol());
        }
    }

    @Test
    void missingColumnIsReportedByName() {
        String text = csv("令和7年10月1日").replace(",受理番号,", ",番号,");
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> BureauListParser.parse(text.getBytes(StandardCharsets.UTF_8)));
        assertEquals("受理番号", e.errors().get(0).column());
        assertEquals(4, e.errors().get(0).row());
    }

    @Test
    void notAWorkbookNorACsv() {
        byte[] fakeZip = {'P', 'K', 3, 4, 1, 2, 3, 4, 5};
        ImportRejectedException e = assertThrows(ImportRejectedException.class, () -> BureauListParser.parse(fakeZip));
        assertTrue(e.unreadable());
        assertThrows(ImportRejectedException.class, () -> BureauListParser.parse(new byte[0]));
        ImportRejectedException noHeader = assertThrows(ImportRejectedException.class,
                () -> BureauListParser.parse("a,b,c\n1,2,3\n".getBytes(StandardCharsets.UTF_8)));
        assertTrue(noHeader.errors().get(0).reasonEn().contains("header row"));
    }

    @Test
    void japaneseEraDates() {
        assertEquals(LocalDate.of(2024, 6, 1), JapaneseDates.find("令和 6年 6月 1日"));
        assertEquals(LocalDate.of(2012, 11, 1), JapaneseDates.find("平成24年11月 1日"));
        assertEquals(LocalDate.of(2019, 5, 1), JapaneseDates.find("令和元年5月1日"));
        assertEquals(LocalDate.of(2025, 10, 1), JapaneseDates.find("[令和７年１０月１日 現在 ]"));
        assertEquals(LocalDate.of(2025, 10, 1), JapaneseDates.find("2025-10-01"));
        assertEquals(LocalDate.of(2019, 4, 30), JapaneseDates.find("平成31年4月30日"));
        assertEquals(LocalDate.of(1989, 1, 7), JapaneseDates.find("昭和64年1月7日"));
        assertEquals(LocalDate.of(2024, 2, 29), JapaneseDates.find("令和６年２月２９日"));
        assertNull(JapaneseDates.find("未定"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和 6年 2月30日", "令和元年4月1日", "平成31年5月1日", "令和0年6月1日", "昭和64年1月8日",
            "平成元年1月7日", "令和 5年 2月29日", "令和 6年13月 1日", "2025-02-30"})
    void datesThatDoNotExistAreRefusedNotRolled(String written) {
        JapaneseDates.NoSuchDateException e = assertThrows(JapaneseDates.NoSuchDateException.class,
                () -> JapaneseDates.find(written));
        assertTrue(e.reason().ja().startsWith("存在しない日付です"), e.reason().ja());
        assertTrue(e.reason().ja().contains(JapaneseDates.normalize(written).strip()), e.reason().ja());
        assertTrue(e.reason().en().startsWith("no such date"), e.reason().en());
    }

    @Test
    void eraBoundariesAreNamed() {
        assertTrue(assertThrows(JapaneseDates.NoSuchDateException.class, () -> JapaneseDates.find("令和元年4月1日"))
                .reason().ja().contains("令和は2019年5月1日から"));
        assertTrue(assertThrows(JapaneseDates.NoSuchDateException.class, () -> JapaneseDates.find("平成31年5月1日"))
                .reason().en().contains("平成 runs from 1989-01-08 to 2019-04-30"));
        assertTrue(assertThrows(JapaneseDates.NoSuchDateException.class, () -> JapaneseDates.find("令和0年6月1日"))
                .reason().ja().contains("令和0年はありません"));
    }

    @Test
    void aTitleDateThatDoesNotExistRejectsTheFileNamingItsRow() {
        String csv = csv("令和7年2月30日", row(1, "2110952", "山梨大学医学部附属病院", "集１", "令和 6年 6月 1日"));
        ImportRejectedException e = assertThrows(ImportRejectedException.class,
                () -> BureauListParser.parse(csv.getBytes(StandardCharsets.UTF_8)));
        assertEquals(1, e.errors().size());
        RowError error = e.errors().get(0);
        assertEquals(2, error.row());
        assertTrue(error.reason().startsWith("名簿の現在日が存在しない日付です"), error.reason());
        assertTrue(error.reasonEn().contains("令和7年2月30日"), error.reasonEn());
        assertEquals(LocalDate.of(2025, 9, 1), BureauListParser.parse(csv("令和7年9月1日",
                row(1, "2110952", "山梨大学医学部附属病院", "集１", "令和 6年 6月 1日")).getBytes(StandardCharsets.UTF_8))
                .listDate());
    }

    @Test
    void bedsAreSummedOverTheParts() {
        assertEquals(470, FilingImportService.totalBeds("一般　　350／療養　　120"));
        assertEquals(19, FilingImportService.totalBeds("一般　一般　19"));
        assertEquals(14, FilingImportService.totalBeds("一般（感染）　感染　14"));
        assertEquals(644, FilingImportService.totalBeds("一般　一般　622／一般（感染）　感染　2／結核　　16／精神　　4"));
        assertNull(FilingImportService.totalBeds("一般　　"));
        assertNull(FilingImportService.totalBeds(null));
    }
}
