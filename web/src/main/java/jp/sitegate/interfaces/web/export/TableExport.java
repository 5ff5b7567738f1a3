package jp.sitegate.interfaces.web.export;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/**
 * Writes a table's shown columns as CSV (UTF-8 with BOM, for Excel) or xlsx (Apache POI), issue 14. No cell is read
 * as a formula (issue 15, CWE-1236): in CSV a text starting with {@code = + - @}, a tab or a carriage return gets a
 * leading apostrophe (OWASP's advice); in xlsx every text is a string cell and such a text is also marked
 * quote-prefixed, so Excel shows it as typed and never evaluates it.
 *
 * @param <T> the row type
 */
public final class TableExport<T> {
    /** Most rows an export writes; a larger result asks the user to narrow the filters. */
    public static final int MAX_ROWS = 100_000;

    /**
     * A column as the page shows it.
     *
     * @param header the heading, in the user's language
     * @param value  the cell of a row: a {@link Number} stays a number, anything else is written as its text;
     *               {@code null} is an empty cell
     * @param <T>    the row type
     */
    public record Column<T>(String header, Function<T, Object> value) {
    }

    private final List<Column<T>> columns;

    /** @param columns the columns, in the page's order */
    public TableExport(List<Column<T>> columns) {
        this.columns = List.copyOf(columns);
    }

    /**
     * Reads a filtered list page by page for an export, up to {@value #MAX_ROWS} rows.
     *
     * @param page     page number (0-based) → its rows
     * @param pageSize rows a page holds; a shorter page is the last
     * @param <T>      the row type
     * @return the rows in list order
     */
    public static <T> List<T> allPages(java.util.function.IntFunction<List<T>> page, int pageSize) {
        List<T> out = new java.util.ArrayList<>();
        for (int p = 0; out.size() < MAX_ROWS; p++) {
            List<T> items = page.apply(p);
            out.addAll(items);
            if (items.size() < pageSize) {
                break;
            }
        }
        return out;
    }

    /**
     * @param text a cell's text
     * @return the text, with a leading apostrophe when a spreadsheet would read it as a formula
     */
    public static String safe(String text) {
        return isFormulaLike(text) ? "'" + text : text;
    }

    /**
     * @param text a cell's text
     * @return whether a spreadsheet would read it as a formula (it starts with {@code = + - @}, tab or CR)
     */
    public static boolean isFormulaLike(String text) {
        return text != null && !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
    }

    /**
     * @param out  where the CSV goes (UTF-8 with BOM; closed)
     * @param rows the rows
     * @throws IOException when writing fails
     */
    public void csv(java.io.OutputStream out, Iterable<T> rows) throws IOException {
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        w.write('\uFEFF');
        try (CSVPrinter p = new CSVPrinter(w, CSVFormat.DEFAULT)) {
            p.printRecord(columns.stream().map(c -> safe(c.header())).toList());
            for (T row : rows) {
                p.printRecord(columns.stream().map(c -> {
                    Object v = c.value().apply(row);
                    return v == null ? "" : v instanceof Number ? v : safe(v.toString());
                }).toList());
            }
        }
    }

    /**
     * @param out   where the workbook goes (closed)
     * @param sheet the sheet's name
     * @param rows  the rows
     * @throws IOException when writing fails
     */
    public void xlsx(java.io.OutputStream out, String sheet, Iterable<T> rows) throws IOException {
        try (SXSSFWorkbook wb = new SXSSFWorkbook(200); out) {
            CellStyle asText = wb.createCellStyle();
            asText.setQuotePrefixed(true);
            CellStyle bold = wb.createCellStyle();
            org.apache.poi.ss.usermodel.Font f = wb.createFont();
            f.setBold(true);
            bold.setFont(f);
            Sheet s = wb.createSheet(sheet);
            Row head = s.createRow(0);
            for (int i = 0; i < columns.size(); i++) {
                Cell c = head.createCell(i);
                c.setCellValue(columns.get(i).header());
                c.setCellStyle(bold);
            }
            int r = 1;
            for (T row : rows) {
                Row line = s.createRow(r++);
                for (int i = 0; i < columns.size(); i++) {
                    Object v = columns.get(i).value().apply(row);
                    Cell c = line.createCell(i);
                    if (v instanceof Number n) {
                        c.setCellValue(n.doubleValue());
                    } else if (v != null) {
                        String text = v.toString();
                        c.setCellValue(text);
                        if (isFormulaLike(text)) {
                            c.setCellStyle(asText);
                        }
                    }
                }
            }
            wb.write(out);
            wb.dispose();
        }
    }

    /**
     * @param name the file name without extension
     * @param rows the rows
     * @return the CSV as a PrimeFaces download
     */
    public StreamedContent csvDownload(String name, Iterable<T> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            csv(out, rows);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return download(name + ".csv", "text/csv; charset=UTF-8", out.toByteArray());
    }

    /**
     * @param name  the file name without extension
     * @param sheet the sheet's name
     * @param rows  the rows
     * @return the workbook as a PrimeFaces download
     */
    public StreamedContent xlsxDownload(String name, String sheet, Iterable<T> rows) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            xlsx(out, sheet, rows);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return download(name + ".xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
                out.toByteArray());
    }

    private static StreamedContent download(String file, String type, byte[] bytes) {
        return DefaultStreamedContent.builder().name(file).contentType(type)
                .stream(() -> new ByteArrayInputStream(bytes)).contentLength((long) bytes.length).build();
    }
}
