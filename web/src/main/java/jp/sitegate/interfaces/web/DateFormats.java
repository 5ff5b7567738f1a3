package jp.sitegate.interfaces.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import jp.sitegate.infrastructure.config.ClockProducer;

/**
 * Formats dates for the pages in Japan time: Japanese era with the Western year for Japanese users
 * (令和7年10月1日（2025年）), ISO-like for English.
 */
@Named("dates")
@ApplicationScoped
public class DateFormats {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");
    private static final DateTimeFormatter LONG_EN = DateTimeFormatter.ofPattern("EEEE d MMMM yyyy", java.util.Locale.ENGLISH);
    private static final DateTimeFormatter LONG_JA_DAY = DateTimeFormatter.ofPattern("EEEE", java.util.Locale.JAPANESE);

    /**
     * @param iso     an ISO-8601 instant (as the decision carries it) or date
     * @param english true for the English form
     * @return e.g. 令和7年10月1日（2025年）14:05 or 2025-10-01 14:05 JST; the input when it cannot be read
     */
    public String format(String iso, boolean english) {
        if (iso == null || iso.isBlank()) {
            return "";
        }
        try {
            if (iso.length() == 10) {
                return date(LocalDate.parse(iso), english);
            }
            ZonedDateTime t = Instant.parse(iso).atZone(ClockProducer.JAPAN);
            return date(t.toLocalDate(), english) + " " + TIME.format(t) + (english ? " JST" : "");
        } catch (java.time.DateTimeException e) {
            return iso;
        }
    }

    /**
     * @param isoDay a day (YYYY-MM-DD)
     * @return it as a short Japanese label, e.g. 12/3 (a chart's axis)
     */
    public String monthDay(String isoDay) {
        LocalDate d = LocalDate.parse(isoDay);
        return d.getMonthValue() + "/" + d.getDayOfMonth();
    }

    /**
     * @param english true for the English form
     * @return the present moment in Japan time, as {@link #format} writes it (a printed page's time)
     */
    public String now(boolean english) {
        return format(Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS).toString(), english);
    }

    /**
     * What a date field understood from the text typed (issue 14).
     *
     * @param day     the day read
     * @param english true for the English form
     * @return e.g. 令和10年3月31日（2028年）金曜日, or Friday 31 March 2028; {@code ""} for none
     */
    public String understood(LocalDate day, boolean english) {
        if (day == null) {
            return "";
        }
        return english ? LONG_EN.format(day) : date(day, false) + LONG_JA_DAY.format(day);
    }

    /**
     * @param at      the local date-time read
     * @param english true for the English form
     * @return e.g. 令和10年3月31日（2028年）金曜日 14:05; {@code ""} for none
     */
    public String understoodDateTime(java.time.LocalDateTime at, boolean english) {
        return at == null ? "" : understood(at.toLocalDate(), english) + " " + TIME.format(at);
    }

    private static String date(LocalDate d, boolean english) {
        if (english) {
            return d.toString();
        }
        String era = jp.sitegate.domain.shared.Wareki.format(d);
        return era + "（" + d.getYear() + "年）";
    }
}
