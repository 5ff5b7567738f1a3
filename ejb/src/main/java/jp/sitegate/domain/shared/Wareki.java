package jp.sitegate.domain.shared;

import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.chrono.JapaneseDate;
import java.time.chrono.JapaneseEra;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A day in the Japanese era, as pages and findings show it (e.g. 令和7年9月1日; the first year is 元年). */
public final class Wareki {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN);
    /** 2028-03-31, 2028/3/31, 2028.3.31, 2028年3月31日 */
    private static final Pattern WESTERN = Pattern.compile("(\\d{4})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?");
    /** 20280331 */
    private static final Pattern COMPACT = Pattern.compile("(\\d{4})(\\d{2})(\\d{2})");
    /** 令和10年3月31日, 令和元年5月1日, R10.3.31, H31/4/30 */
    private static final Pattern ERA = Pattern.compile(
            "(明治|大正|昭和|平成|令和|[MTSHR])(元|\\d{1,2})(?:[-/.]|年)(\\d{1,2})(?:[-/.]|月)(\\d{1,2})日?");
    /** a day followed by a time of day, e.g. 2028-03-31 14:05 or 令和10年3月31日14時5分 */
    private static final Pattern WITH_TIME = Pattern.compile("(.+?)(?:T|\\s+|(?<=日))(\\d{1,2})(?::|時)(\\d{1,2})分?");
    private static final Map<String, JapaneseEra> ERAS = Map.ofEntries(
            Map.entry("明治", JapaneseEra.MEIJI), Map.entry("M", JapaneseEra.MEIJI),
            Map.entry("大正", JapaneseEra.TAISHO), Map.entry("T", JapaneseEra.TAISHO),
            Map.entry("昭和", JapaneseEra.SHOWA), Map.entry("S", JapaneseEra.SHOWA),
            Map.entry("平成", JapaneseEra.HEISEI), Map.entry("H", JapaneseEra.HEISEI),
            Map.entry("令和", JapaneseEra.REIWA), Map.entry("R", JapaneseEra.REIWA));

    private Wareki() {
    }

    /**
     * @param day a day (from 明治 on)
     * @return it in the Japanese era, e.g. 令和7年9月1日, 令和元年5月1日
     */
    public static String format(LocalDate day) {
        return FORMAT.format(JapaneseDate.from(day)).replaceFirst("^(\\D+)1年", "$1元年");
    }

    /**
     * Reads a day as people in Japan type it (issue 14): ISO {@code 2028-03-31}, with slashes or dots
     * ({@code 2028/3/31}), {@code 20280331}, {@code 2028年3月31日}, and in the Japanese era ({@code 令和10年3月31日},
     * {@code 令和元年5月1日}, {@code R10.3.31}, {@code H31/4/30}); full-width digits and letters, the one-character era
     * signs (㋿, ㍻) and surrounding spaces are accepted.
     *
     * @param text what was typed; may be {@code null}
     * @return the day; empty when the text is blank or is no valid day (for example 令和10年2月30日, or 平成32年,
     *         which does not exist because 平成 ended in its 31st year)
     */
    public static Optional<LocalDate> parse(String text) {
        String t = normalise(text);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            Matcher m = WESTERN.matcher(t);
            if (m.matches() || (m = COMPACT.matcher(t)).matches()) {
                return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)),
                        Integer.parseInt(m.group(3))));
            }
            m = ERA.matcher(t);
            if (m.matches()) {
                int year = "元".equals(m.group(2)) ? 1 : Integer.parseInt(m.group(2));
                return Optional.of(LocalDate.from(JapaneseDate.of(ERAS.get(m.group(1)), year,
                        Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)))));
            }
        } catch (DateTimeException invalidDay) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    /**
     * Reads a day with an optional time of day: any form {@link #parse(String)} reads, then {@code 14:05} after a
     * space or {@code T}, or {@code 14時5分}; without a time it is the start of the day.
     *
     * @param text what was typed; may be {@code null}
     * @return the local date-time; empty when blank or unreadable (hour over 23, minute over 59 included)
     */
    public static Optional<LocalDateTime> parseDateTime(String text) {
        String t = normalise(text);
        Matcher m = WITH_TIME.matcher(t);
        if (!m.matches()) {
            return parse(t).map(LocalDate::atStartOfDay);
        }
        try {
            LocalTime time = LocalTime.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
            return parse(m.group(1)).map(d -> d.atTime(time));
        } catch (DateTimeException invalidTime) {
            return Optional.empty();
        }
    }

    private static String normalise(String text) {
        return text == null ? "" : Normalizer.normalize(text, Normalizer.Form.NFKC).strip().toUpperCase(Locale.ROOT)
                .replaceAll("(?<=\\D)\\s+|\\s+(?=\\D)", "");
    }
}
