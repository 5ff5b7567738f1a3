package jp.sitegate.domain.shared;

import java.time.LocalDate;
import java.time.chrono.JapaneseDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** A day in the Japanese era, as pages and findings show it (e.g. 令和7年9月1日; the first year is 元年). */
public final class Wareki {
    private static final DateTimeFormatter FORMAT = DateTimeFormatter.ofPattern("GGGGy年M月d日", Locale.JAPAN);

    private Wareki() {
    }

    /**
     * @param day a day (from 明治 on)
     * @return it in the Japanese era, e.g. 令和7年9月1日, 令和元年5月1日
     */
    public static String format(LocalDate day) {
        return FORMAT.format(JapaneseDate.from(day)).replaceFirst("^(\\D+)1年", "$1元年");
    }
}
