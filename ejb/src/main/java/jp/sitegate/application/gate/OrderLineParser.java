package jp.sitegate.application.gate;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jp.sitegate.domain.model.product.YjCode;
import jp.sitegate.infrastructure.importing.CsvText;
import jp.sitegate.infrastructure.importing.RowError;

/**
 * Reads a distributor's batch CSV (UTF-8 with or without BOM, or Shift_JIS): columns facility code, product YJ
 * code, quantity, order reference; an optional header line; blank lines skipped. Bad lines are reported by line
 * number and column and do not stop the good ones. Codes are read as typed (full-width digits, spaces, hyphens)
 * and passed on normalised (REQUIREMENTS.md §6, issue 12).
 */
public final class OrderLineParser {
    /** Column names as the page and the result file show them. */
    public static final String[] COLUMNS = {"医療機関コード", "YJコード", "数量", "注文番号"};
    /** Most lines one file may hold. */
    public static final int MAX_LINES = 20_000;
    /**
     * Names a header cell may carry, per column: the Japanese {@link #COLUMNS} and the English names the batch
     * page and README document, compared without case and spaces (issue 12).
     */
    private static final List<Set<String>> HEADER_NAMES = List.of(
            names(COLUMNS[0], "facility code", "medical institution code"),
            names(COLUMNS[1], "YJ code", "product YJ code"),
            names(COLUMNS[2], "quantity"),
            names(COLUMNS[3], "order reference"));

    private OrderLineParser() {
    }

    /**
     * The parsed file.
     *
     * @param lines  valid lines
     * @param errors bad lines
     */
    public record Parsed(List<OrderLine> lines, List<RowError> errors) {
    }

    /**
     * @param content file bytes
     * @return valid lines and bad lines
     * @throws jp.sitegate.infrastructure.importing.ImportRejectedException when the file is not readable CSV or
     *                                                                      has more than {@link #MAX_LINES} lines
     */
    public static Parsed parse(byte[] content) {
        List<List<String>> rows = CsvText.read(content);
        if (rows.size() > MAX_LINES + 1) {
            throw new jp.sitegate.infrastructure.importing.ImportRejectedException(List.of(RowError.of(0, null,
                    "batch.too-many-lines-max", MAX_LINES)), true);
        }
        List<OrderLine> lines = new ArrayList<>();
        List<RowError> errors = new ArrayList<>();
        boolean first = true;
        for (int i = 0; i < rows.size(); i++) {
            List<String> r = rows.get(i);
            int n = i + 1;
            if (r.stream().allMatch(String::isBlank)) {
                continue;
            }
            if (first && isHeader(r)) {
                first = false;
                continue;
            }
            first = false;
            String code = MedicalInstitutionCode.normalize(cell(r, 0));
            String yj = YjCode.normalize(cell(r, 1));
            String qty = cell(r, 2).strip();
            String ref = cell(r, 3);
            int before = errors.size();
            MedicalInstitutionCode.problem(code).ifPresent(p -> errors.add(new RowError(n, COLUMNS[0],
                    p.ja() + ": " + cell(r, 0), p.en() + ": " + cell(r, 0))));
            YjCode.problem(yj).ifPresent(p -> errors.add(new RowError(n, COLUMNS[1], p.ja() + ": " + cell(r, 1),
                    p.en() + ": " + cell(r, 1))));
            int quantity = 0;
            if (!qty.matches("\\d{1,5}") || (quantity = Integer.parseInt(qty)) < 1 || quantity > 10_000) {
                errors.add(RowError.of(n, COLUMNS[2], "batch.quantity-1-10000", qty));
            }
            if (ref.length() > 100) {
                errors.add(RowError.of(n, COLUMNS[3], "batch.order-reference-max-100"));
            }
            if (errors.size() == before) {
                lines.add(new OrderLine(n, code, yj, quantity, ref));
            }
        }
        return new Parsed(lines, errors);
    }

    /**
     * A first line is a header only when it names the columns (issue 12): its first two cells are header names
     * of the code columns and any further non-blank cell names its column. Anything else — a 9-digit code, a
     * typo — is data and gets the line's errors.
     */
    private static boolean isHeader(List<String> r) {
        if (r.size() < 2) {
            return false;
        }
        for (int i = 0; i < Math.min(r.size(), HEADER_NAMES.size()); i++) {
            String cell = headerKey(r.get(i));
            if ((i < 2 || !cell.isEmpty()) && !HEADER_NAMES.get(i).contains(cell)) {
                return false;
            }
        }
        return true;
    }

    private static Set<String> names(String... names) {
        return Arrays.stream(names).map(OrderLineParser::headerKey).collect(Collectors.toUnmodifiableSet());
    }

    /** A header cell compared without BOM, case, spaces (ASCII or ideographic) and full-width forms. */
    private static String headerKey(String cell) {
        return Normalizer.normalize(cell, Normalizer.Form.NFKC).replace("\uFEFF", "").replaceAll("[\\s_]", "")
                .toLowerCase(Locale.ROOT);
    }

    private static String cell(List<String> r, int i) {
        return i < r.size() ? r.get(i) : "";
    }
}
