package jp.sitegate.interfaces.web;

import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import jp.sitegate.infrastructure.config.ClockProducer;

/** A list's period filter (issue 14): a first and a last day in Japan, both inclusive, each optional. */
public class Period implements Serializable {
    private static final long serialVersionUID = 1L;

    private LocalDate from;
    private LocalDate to;

    /** @return the first day, or {@code null} */
    public LocalDate getFrom() {
        return from;
    }

    /** @param v the first day */
    public void setFrom(LocalDate v) {
        from = v;
    }

    /** @return the last day (inclusive), or {@code null} */
    public LocalDate getTo() {
        return to;
    }

    /** @param v the last day (inclusive) */
    public void setTo(LocalDate v) {
        to = v;
    }

    /** @return the start of the first day in Japan, or {@code null} */
    public Instant start() {
        return from == null ? null : from.atStartOfDay(ClockProducer.JAPAN).toInstant();
    }

    /** @return the end of the last day in Japan (the next day's start, exclusive), or {@code null} */
    public Instant end() {
        return to == null ? null : to.plusDays(1).atStartOfDay(ClockProducer.JAPAN).toInstant();
    }
}
