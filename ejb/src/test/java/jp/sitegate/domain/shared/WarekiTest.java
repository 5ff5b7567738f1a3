package jp.sitegate.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 14: every date field reads ISO, slashes and 和暦 as people type them. */
class WarekiTest {

    @ParameterizedTest
    @ValueSource(strings = {"2028-03-31", "2028/3/31", "2028.03.31", "20280331", "2028年3月31日", "令和10年3月31日",
        "R10.3.31", "r10/3/31", "Ｒ１０．３．３１", "㋿10年3月31日", " 令和 10 年 3 月 31 日 ", "２０２８－０３－３１"})
    void readsTheDayInEveryFormPeopleType(String typed) {
        assertEquals(LocalDate.of(2028, 3, 31), Wareki.parse(typed).orElseThrow(), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"令和元年5月1日", "R1.5.1", "2019-05-01"})
    void readsTheFirstYearOfAnEra(String typed) {
        assertEquals(LocalDate.of(2019, 5, 1), Wareki.parse(typed).orElseThrow(), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"H31.4.30", "平成31年4月30日", "S64.1.7", "昭和64年1月7日"})
    void readsEarlierEras(String typed) {
        LocalDate day = Wareki.parse(typed).orElseThrow();
        assertTrue(day.equals(LocalDate.of(2019, 4, 30)) || day.equals(LocalDate.of(1989, 1, 7)), typed + " → " + day);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "2028-02-30", "令和10年13月1日", "平成32年1月1日", "H31.5.1", "R1.4.30", "X10.3.31",
        "tomorrow", "2028-03", "31/03/2028"})
    void refusesWhatIsNoDay(String typed) {
        assertTrue(Wareki.parse(typed).isEmpty(), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2028-03-31 14:05", "2028-03-31T14:05", "令和10年3月31日 14:05", "令和10年3月31日14時5分",
        "R10.3.31 14:05"})
    void readsADayWithATime(String typed) {
        assertEquals(LocalDateTime.of(2028, 3, 31, 14, 5), Wareki.parseDateTime(typed).orElseThrow(), typed);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2028-03-31 24:00", "2028-03-31 14:60", "2028-02-30 10:00"})
    void refusesAnImpossibleTime(String typed) {
        assertTrue(Wareki.parseDateTime(typed).isEmpty(), typed);
    }

    @org.junit.jupiter.api.Test
    void aDayWithoutATimeIsItsStart() {
        assertEquals(LocalDateTime.of(2028, 3, 31, 0, 0), Wareki.parseDateTime("R10.3.31").orElseThrow());
        assertTrue(Wareki.parseDateTime(null).isEmpty());
    }
}
