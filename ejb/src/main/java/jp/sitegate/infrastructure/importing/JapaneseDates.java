package jp.sitegate.infrastructure.importing;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.sitegate.domain.shared.Reason;

/**
 * Parses Japanese-era dates as the bureau lists write them ("令和 6年 6月 1日", "平成24年11月 1日", "令和元年5月1日",
 * full-width digits allowed) and ISO dates (2024-06-01). A date that is written but does not exist — 2月30日, 令和0年,
 * 令和元年4月1日 (Reiwa began 2019-05-01), 平成31年5月1日 (Heisei ended 2019-04-30) — is refused, never rolled to
 * another date (issue 12).
 */
public final class JapaneseDates {
    private static final List<Era> ERAS = List.of(
            new Era("明治", LocalDate.of(1868, 1, 1), LocalDate.of(1912, 7, 29)),
            new Era("大正", LocalDate.of(1912, 7, 30), LocalDate.of(1926, 12, 24)),
            new Era("昭和", LocalDate.of(1926, 12, 25), LocalDate.of(1989, 1, 7)),
            new Era("平成", LocalDate.of(1989, 1, 8), LocalDate.of(2019, 4, 30)),
            new Era("令和", LocalDate.of(2019, 5, 1), LocalDate.MAX));
    private static final Pattern WAREKI = Pattern.compile("(明治|大正|昭和|平成|令和)\\s*(元|\\d{1,2})\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日");
    private static final Pattern ISO = Pattern.compile("(\\d{4})[-/](\\d{1,2})[-/](\\d{1,2})");

    /** An era with its first and last day. */
    private record Era(String name, LocalDate first, LocalDate last) {
    }

    /**
     * A date is written but does not exist on the calendar or in its era (issue 12). The caller names the row and
     * column; {@link #reason()} says what is wrong.
     */
    public static final class NoSuchDateException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient Reason reason;

        NoSuchDateException(String written, String ja, String en) {
            super("no such date " + written + ": " + en);
            this.reason = new Reason("存在しない日付です（" + ja + "）: " + written, "no such date (" + en + "): " + written);
        }

        /** @return the reason, Japanese first, quoting the date as written */
        public Reason reason() {
            return reason;
        }
    }

    private JapaneseDates() {
    }

    /**
     * @param text a date in Japanese era or ISO form, possibly inside other text (e.g. "[令和7年10月1日 現在 ]")
     * @return the date, or {@code null} when the text holds none
     * @throws NoSuchDateException when the text writes a date that does not exist (2月30日, 令和0年, 令和元年4月1日,
     *                             平成31年5月1日)
     */
    public static LocalDate find(String text) {
        if (text == null) {
            return null;
        }
        String s = normalize(text);
        Matcher m = WAREKI.matcher(s);
        if (m.find()) {
            Era era = ERAS.stream().filter(e -> e.name().equals(m.group(1))).findFirst().orElseThrow();
            int year = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
            if (year < 1) {
                throw new NoSuchDateException(m.group(), era.name() + "0年はありません（初年は元年）",
                        "there is no year 0 of " + era.name() + "; its first year is 元年");
            }
            LocalDate d = date(m.group(), era.first().getYear() + year - 1, m.group(3), m.group(4));
            if (d.isBefore(era.first()) || d.isAfter(era.last())) {
                throw new NoSuchDateException(m.group(), era.name() + "は" + japanese(era.first()) + "から"
                        + (era.last().equals(LocalDate.MAX) ? "" : japanese(era.last()) + "まで") + "です",
                        era.name() + " runs from " + era.first()
                                + (era.last().equals(LocalDate.MAX) ? "" : " to " + era.last()));
            }
            return d;
        }
        Matcher iso = ISO.matcher(s);
        if (iso.find()) {
            return date(iso.group(), Integer.parseInt(iso.group(1)), iso.group(2), iso.group(3));
        }
        return null;
    }

    private static LocalDate date(String written, int year, String month, String day) {
        try {
            return LocalDate.of(year, Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException e) {
            throw new NoSuchDateException(written, year + "年" + Integer.parseInt(month) + "月" + Integer.parseInt(day)
                    + "日はありません", year + "-" + month + "-" + day + " is not a calendar date");
        }
    }

    private static String japanese(LocalDate d) {
        return d.getYear() + "年" + d.getMonthValue() + "月" + d.getDayOfMonth() + "日";
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
