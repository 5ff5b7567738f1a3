package jp.sitegate.infrastructure.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses Japanese-era dates as the bureau lists write them ("令和 6年 6月 1日", "平成24年11月 1日", "令和元年5月1日",
 * full-width digits allowed) and ISO dates (2024-06-01).
 */
public final class JapaneseDates {
    private static final Map<String, Integer> ERA_START = Map.of("明治", 1868, "大正", 1912, "昭和", 1926, "平成", 1989,
            "令和", 2019);
    private static final Pattern WAREKI = Pattern.compile("(明治|大正|昭和|平成|令和)\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    private JapaneseDates() {
    }

    /**
     * @param text a date in Japanese era or ISO form, possibly inside other text (e.g. "[令和7年10月1日 現在 ]")
     * @return the date, or {@code null} when none is found or it does not exist
     */
    public static LocalDate find(String text) {
        if (text == null) {
            return null;
        }
        String s = normalize(text);
        try {
            Matcher m = WAREKI.matcher(s);
            if (m.find()) {
                int n = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
                return LocalDate.of(ERA_START.get(m.group(1)) + n - 1, Integer.parseInt(m.group(3)),
                        Integer.parseInt(m.group(4)));
            }
            Matcher iso = ISO.matcher(s);
            if (iso.find()) {
                return LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                        Integer.parseInt(iso.group(3)));
            }
        } catch (DateTimeException e) {
            return null;
        }
        return null;
    }

    /**
     * @param text text with full-width digits or ideographic spaces
     * @return the text with ASCII digits and spaces
     */
    public static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            if (c >= '０' && c <= '９') {
                b.append((char) ('0' + (c - '０')));
            } else if (c == '\u3000') {
                b.append(' ');
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
