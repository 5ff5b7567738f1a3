package jp.sitegate.interfaces.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.infrastructure.config.ClockProducer;

/** Parses request moments and dates, with errors that name the parameter. */
public final class Moments {
    private Moments() {
    }

    /**
     * @param value ISO-8601 instant with offset (2025-10-01T09:00:00+09:00), local date-time (Japan time) or date
     *              (start of that day, Japan time); {@code null} or blank for "now"
     * @param field parameter name for errors
     * @return the moment, or {@code null}
     * @throws InvalidInputException when unreadable or outside 2000–2100
     */
    public static Instant parse(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant i;
        try {
            i = OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException e1) {
            try {
                i = LocalDateTime.parse(value).atZone(ClockProducer.JAPAN).toInstant();
            } catch (DateTimeParseException e2) {
                try {
                    i = LocalDate.parse(value).atStartOfDay(ClockProducer.JAPAN).toInstant();
                } catch (DateTimeParseException e3) {
                    throw InvalidInputException.of(field, "api.moment-iso-8601");
                }
            }
        }
        if (i.isBefore(Instant.parse("2000-01-01T00:00:00Z")) || i.isAfter(Instant.parse("2100-01-01T00:00:00Z"))) {
            throw InvalidInputException.of(field, "api.between-2000-2100");
        }
        return i;
    }

    /**
     * @param value ISO date (2025-10-01), or {@code null}
     * @param field parameter name for errors
     * @return the date or {@code null}
     * @throws InvalidInputException when unreadable or outside 2000–2100
     */
    public static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(value.strip());
            if (d.getYear() < 2000 || d.getYear() > 2100) {
                throw InvalidInputException.of(field, "api.between-2000-2100");
            }
            return d;
        } catch (DateTimeParseException e) {
            throw InvalidInputException.of(field, "api.date-iso");
        }
    }
}
