package jp.sitegate.interfaces.web.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 14/15: exports write the shown columns, and no cell becomes a formula in a spreadsheet. */
class TableExportTest {
    private record Line(String order, String facility, Integer quantity) {
    }

    private static final List<Line> ROWS = List.of(new Line("=HYPERLINK(\"http://evil\",\"x\")", "市立甲府病院", 2),
            new Line("+1", "@SUM(A1)", 1), new Line("-3", "\tTAB", null), new Line("A-100", "山梨大学", 5));

    private final TableExport<Line> export = new TableExport<>(List.of(
            new TableExport.Column<>("注文番号", Line::order), new TableExport.Column<>("医療機関", Line::facility),
            new TableExport.Column<>("数量", Line::quantity)));

    @Test
    void csvPrefixesEveryCellAFormulaCouldStartWith() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.csv(out, ROWS);
        String csv = out.toString(StandardCharsets.UTF_8);
        assertTrue(csv.startsWith("\uFEFF注文番号,医療機関,数量"), csv);
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",市立甲府病院,2"), csv);
        assertTrue(csv.contains("'+1,'@SUM(A1),1"), csv);
        assertTrue(csv.contains("'-3,") && csv.contains("'\tTAB"), csv);
        assertTrue(csv.contains("A-100,山梨大学,5"), "a text that merely contains a sign is kept as it is: " + csv);
    }

    @Test
    void xlsxKeepsTheTextAsTypedAsAStringCellMarkedAsText() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        export.xlsx(out, "受注明細", ROWS);
        try (XSSFWorkbook wb = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            Sheet s = wb.getSheet("受注明細");
            assertEquals("注文番号", s.getRow(0).getCell(0).getStringCellValue());
            var formula = s.getRow(1).getCell(0);
            assertEquals(CellType.STRING, formula.getCellType());
            assertEquals("=HYPERLINK(\"http://evil\",\"x\")", formula.getStringCellValue());
            assertTrue(formula.getCellStyle().getQuotePrefixed(), "marked as text");
            assertEquals(2.0, s.getRow(1).getCell(2).getNumericCellValue(), "numbers stay numbers");
            assertFalse(s.getRow(4).getCell(0).getCellStyle().getQuotePrefixed(), "A-100 is no formula");
            assertEquals(4, s.getLastRowNum(), "a heading and four rows");
        }
    }

    @Test
    void safeLeavesOrdinaryTextAlone() {
        assertEquals("'=1+1", TableExport.safe("=1+1"));
        assertEquals("甲府", TableExport.safe("甲府"));
        assertEquals("", TableExport.safe(""));
        assertEquals(null, TableExport.safe(null));
    }

    @Test
    void allPagesReadsUntilAShortPage() {
        List<List<Integer>> pages = List.of(List.of(1, 2), List.of(3, 4), List.of(5));
        assertEquals(List.of(1, 2, 3, 4, 5), TableExport.allPages(pages::get, 2));
        assertEquals(List.of(), TableExport.allPages(p -> List.<Integer>of(), 2));
    }
}
