package jp.sitegate.application;

import java.util.ArrayList;
import java.util.List;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jp.sitegate.domain.model.product.YjCode;
import jp.sitegate.infrastructure.importing.CsvText;
import jp.sitegate.infrastructure.importing.RowError;

/**
 * Reads a distributor's batch CSV (UTF-8 with or without BOM, or Shift_JIS): columns facility code, product YJ
 * code, quantity, order reference; an optional header line; blank lines skipped. Bad lines are reported by line
 * number and column and do not stop the good ones.
 */
public final class OrderLineParser {
    /** Column names as the page and the result file show them. */
    public static final String[] COLUMNS = {"医療機関コード", "YJコード", "数量", "注文番号"};
    /** Most lines one file may hold. */
    public static final int MAX_LINES = 20_000;

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
            throw new jp.sitegate.infrastructure.importing.ImportRejectedException(List.of(new RowError(0, null,
                    "行数が多すぎます（上限 " + MAX_LINES + " 行）", "too many lines (max " + MAX_LINES + ")")), true);
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
            if (first && !r.get(0).matches("\\d{10}")) {
                first = false;
                continue;
            }
            first = false;
            String code = cell(r, 0);
            String yj = cell(r, 1).toUpperCase();
            String qty = cell(r, 2);
            String ref = cell(r, 3);
            int before = errors.size();
            if (!MedicalInstitutionCode.isValid(code)) {
                errors.add(new RowError(n, COLUMNS[0], "医療機関コードが不正です（10桁・検証番号）: " + code,
                        "invalid medical institution code: " + code));
            }
            if (!YjCode.isValid(yj)) {
                errors.add(new RowError(n, COLUMNS[1], "YJコードが不正です: " + yj, "invalid YJ code: " + yj));
            }
            int quantity = 0;
            if (!qty.matches("\\d{1,5}") || (quantity = Integer.parseInt(qty)) < 1 || quantity > 10_000) {
                errors.add(new RowError(n, COLUMNS[2], "数量は1〜10000の整数です: " + qty, "quantity must be 1-10000: " + qty));
            }
            if (ref.length() > 100) {
                errors.add(new RowError(n, COLUMNS[3], "注文番号は100文字以内です", "order reference max 100 characters"));
            }
            if (errors.size() == before) {
                lines.add(new OrderLine(n, code, yj, quantity, ref));
            }
        }
        return new Parsed(lines, errors);
    }

    private static String cell(List<String> r, int i) {
        return i < r.size() ? r.get(i) : "";
    }
}
