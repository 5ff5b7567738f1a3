package jp.sitegate.infrastructure.importing;

import java.io.IOException;

/** Public access to the CSV builders of {@link BureauListParserTest} for tests in other packages. */
public final class BureauListParserTestSupport {
    private BureauListParserTestSupport() {
    }

    /** @return the real Yamanashi workbook */
    public static byte[] yamanashi() throws IOException {
        return BureauListParserTest.yamanashi();
    }

    /** @return a CSV list */
    public static String csv(String date, String... rows) {
        return BureauListParserTest.csv(date, rows);
    }

    /** @return a CSV row */
    public static String row(int n, String number, String name, String symbol, String start) {
        return BureauListParserTest.row(n, number, name, symbol, start);
    }
}
