package jp.sitegate.interfaces.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Dates on the pages: Japanese era with the Western year, in Japan time. */
class DateFormatsTest {
    private final DateFormats f = new DateFormats();

    @Test
    void japaneseEraWithWesternYearInJapanTime() {
        assertEquals("令和7年10月1日（2025年）", f.format("2025-10-01", false));
        assertEquals("令和7年10月2日（2025年） 00:30", f.format("2025-10-01T15:30:00Z", false));
        assertEquals("平成31年4月30日（2019年）", f.format("2019-04-30", false));
        assertEquals("令和元年5月1日（2019年）", f.format("2019-05-01", false));
        assertEquals("2025-10-02 00:30 JST", f.format("2025-10-01T15:30:00Z", true));
        assertEquals("not a date", f.format("not a date", false));
    }
}
