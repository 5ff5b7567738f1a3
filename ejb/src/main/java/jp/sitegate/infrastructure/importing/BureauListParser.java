package jp.sitegate.infrastructure.importing;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.domain.shared.Reason;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;

/**
 * Reads a regional health bureau list (届出受理医療機関名簿, 医科) in the official Excel layout (title row 2 with
 * the date, header on row 4, 24 columns) or as CSV with the same columns (UTF-8 with or without BOM, or
 * Shift_JIS/CP932). Columns are found by their header names, so extra columns (as in the realdata CSVs) are
 * ignored; the list date comes from the title rows or a {@code snapshot_as_of} column.
 */
public final class BureauListParser {
    /** Header names of the columns SiteGate reads. */
    public static final String PREF = "都道府県コード";
    public static final String KIND = "区分";
    public static final String NUMBER = "医療機関番号";
    public static final String NAME = "医療機関名称";
    public static final String POSTAL = "医療機関所在地（郵便番号）";
    public static final String ADDRESS = "医療機関所在地（住所）";
    public static final String BEDS = "病床数";
    public static final String FILING = "受理届出名称";
    public static final String SYMBOL = "受理記号";
    public static final String ACCEPTANCE_NO = "受理番号";
    public static final String START = "算定開始年月日";
    /** The list date column of the realdata CSVs, read when no title row carries the date. */
    public static final String SNAPSHOT = "snapshot_as_of";
    private static final List<String> REQUIRED = List.of(PREF, KIND, NUMBER, NAME, POSTAL, ADDRESS, BEDS, FILING,
            SYMBOL, ACCEPTANCE_NO, START);
    private static final int HEADER_SEARCH_ROWS = 10;

    private BureauListParser() {
    }

    /**
     * @param content the file's bytes
     * @return the list
     * @throws ImportRejectedException when the file is not a readable workbook or CSV, or a column is missing
     */
    public static BureauList parse(byte[] content) {
        if (content == null || content.length == 0) {
            throw unreadable("ファイルが空です", "the file is empty");
        }
        List<List<String>> rows = isWorkbook(content) ? readWorkbook(content) : CsvText.read(content);
        return toList(rows);
    }

    private static boolean isWorkbook(byte[] c) {
        boolean zip = c.length > 3 && c[0] == 'P' && c[1] == 'K' && c[2] == 3 && c[3] == 4;
        boolean ole = c.length > 3 && (c[0] & 0xFF) == 0xD0 && (c[1] & 0xFF) == 0xCF && (c[2] & 0xFF) == 0x11
                && (c[3] & 0xFF) == 0xE0;
        return zip || ole;
    }

    private static List<List<String>> readWorkbook(byte[] content) {
        DataFormatter fmt = new DataFormatter(java.util.Locale.JAPAN);
        try {
            if (content[0] == 'P') {
                return streamXlsx(content, fmt);
            }
            try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(content))) {
                Sheet sheet = wb.getSheetAt(0);
                List<List<String>> rows = new ArrayList<>();
                for (int r = 0; r <= sheet.getLastRowNum(); r++) {
                    Row row = sheet.getRow(r);
                    List<String> cells = new ArrayList<>();
                    if (row != null) {
                        for (int c = 0; c < Math.max(row.getLastCellNum(), 0); c++) {
                            Cell cell = row.getCell(c);
                            cells.add(cell == null ? "" : fmt.formatCellValue(cell).strip());
                        }
                    }
                    rows.add(cells);
                }
                return rows;
            }
        } catch (IOException | org.apache.poi.openxml4j.exceptions.OpenXML4JException
                | org.xml.sax.SAXException | javax.xml.parsers.ParserConfigurationException | RuntimeException e) {
            throw unreadable("Excelファイルとして読めません（破損・暗号化・圧縮率異常など）: " + e.getClass().getSimpleName(),
                    "not a readable Excel workbook (" + e.getClass().getSimpleName() + ": " + e.getMessage() + ")");
        }
    }

    /**
     * Reads the first sheet of an xlsx as a stream of SAX events (issue 6: a national list is tens of MB of sheet
     * XML; the object model would hold all of it). POI's zip-bomb checks still apply when the package opens.
     */
    private static List<List<String>> streamXlsx(byte[] content, DataFormatter fmt) throws IOException,
            org.apache.poi.openxml4j.exceptions.OpenXML4JException, org.xml.sax.SAXException,
            javax.xml.parsers.ParserConfigurationException {
        List<List<String>> rows = new ArrayList<>();
        try (org.apache.poi.openxml4j.opc.OPCPackage pkg = org.apache.poi.openxml4j.opc.OPCPackage.open(
                new ByteArrayInputStream(content))) {
            org.apache.poi.xssf.eventusermodel.XSSFReader reader = new org.apache.poi.xssf.eventusermodel.XSSFReader(pkg);
            org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable strings =
                    new org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable(pkg);
            org.apache.poi.xssf.model.StylesTable styles;
            try {
                styles = reader.getStylesTable();
            } catch (IOException | RuntimeException noStyles) {
                styles = null;
            }
            var sheets = reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("the workbook has no sheet");
            }
            org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler handler =
                    new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler.SheetContentsHandler() {
                        private List<String> current;

                        @Override
                        public void startRow(int rowNum) {
                            while (rows.size() < rowNum) {
                                rows.add(new ArrayList<>());
                            }
                            current = new ArrayList<>();
                            rows.add(current);
                        }

                        @Override
                        public void endRow(int rowNum) {
                            current = null;
                        }

                        @Override
                        public void cell(String reference, String value,
                                org.apache.poi.xssf.usermodel.XSSFComment comment) {
                            int column = reference == null ? current.size()
                                    : new org.apache.poi.ss.util.CellReference(reference).getCol();
                            while (current.size() < column) {
                                current.add("");
                            }
                            current.add(value == null ? "" : value.strip());
                        }
                    };
            try (java.io.InputStream sheet = sheets.next()) {
                javax.xml.parsers.SAXParserFactory factory = javax.xml.parsers.SAXParserFactory.newInstance();
                factory.setNamespaceAware(true);
                factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
                org.xml.sax.XMLReader xml = factory.newSAXParser().getXMLReader();
                xml.setContentHandler(new org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler(styles, null, strings,
                        handler, fmt, false));
                xml.parse(new org.xml.sax.InputSource(sheet));
            }
        }
        return rows;
    }

    private static BureauList toList(List<List<String>> rows) {
        int header = -1;
        for (int r = 0; r < Math.min(rows.size(), HEADER_SEARCH_ROWS); r++) {
            if (rows.get(r).contains(NUMBER) && rows.get(r).contains(SYMBOL)) {
                header = r;
                break;
            }
        }
        if (header < 0) {
            throw new ImportRejectedException(List.of(RowError.of(0, NUMBER, "import.header-row-not-found",
                    HEADER_SEARCH_ROWS)),
                    false);
        }
        Map<String, Integer> col = new HashMap<>();
        List<String> names = rows.get(header);
        for (int i = 0; i < names.size(); i++) {
            col.putIfAbsent(names.get(i), i);
        }
        List<RowError> missing = new ArrayList<>();
        for (String required : REQUIRED) {
            if (!col.containsKey(required)) {
                missing.add(RowError.of(header + 1, required, "import.required-column-missing"));
            }
        }
        if (!missing.isEmpty()) {
            throw new ImportRejectedException(missing, false);
        }
        LocalDate listDate = null;
        for (int r = 0; r < header && listDate == null; r++) {
            listDate = listDate(String.join(" ", rows.get(r)), r + 1, null);
        }
        Integer snapshot = col.get(SNAPSHOT);
        List<BureauRow> out = new ArrayList<>();
        for (int r = header + 1; r < rows.size(); r++) {
            List<String> cells = rows.get(r);
            if (listDate == null && snapshot != null) {
                listDate = listDate(cell(cells, snapshot), r + 1, SNAPSHOT);
            }
            out.add(new BureauRow(r + 1, cell(cells, col.get(PREF)), cell(cells, col.get(KIND)),
                    cell(cells, col.get(NUMBER)), cell(cells, col.get(NAME)), cell(cells, col.get(POSTAL)),
                    cell(cells, col.get(ADDRESS)), cell(cells, col.get(BEDS)), cell(cells, col.get(FILING)),
                    cell(cells, col.get(SYMBOL)), cell(cells, col.get(ACCEPTANCE_NO)), cell(cells, col.get(START))));
        }
        return new BureauList(listDate, out);
    }

    /** The list date, strict (issue 12): a title date that does not exist rejects the file, naming its row. */
    private static LocalDate listDate(String text, int row, String column) {
        try {
            return JapaneseDates.find(text);
        } catch (JapaneseDates.NoSuchDateException e) {
            throw new ImportRejectedException(List.of(RowError.of(row, column, "import.list-date",
                    new Reason(e.reason().ja(), e.reason().en()))), false);
        }
    }

    private static String cell(List<String> cells, int index) {
        return index < cells.size() ? cells.get(index) : "";
    }

    private static ImportRejectedException unreadable(String ja, String en) {
        return new ImportRejectedException(List.of(new RowError(0, null, ja, en)), true);
    }
}
