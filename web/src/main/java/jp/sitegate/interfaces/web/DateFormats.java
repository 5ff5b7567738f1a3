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

    private static String date(LocalDate d, boolean english) {
        if (english) {
            return d.toString();
        }
        String era = jp.sitegate.domain.shared.Wareki.format(d);
        return era + "（" + d.getYear() + "年）";
    }
}
