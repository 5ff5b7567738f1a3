package jp.sitegate.interfaces.rest;

import java.util.EnumSet;
import jp.sitegate.domain.shared.InvalidInputException;

/** Checks shared by the JSON request bodies: presence of the body, enumeration values by name. */
final class RequestBodies {
    private RequestBodies() {
    }

    /**
     * @param body a parsed request body
     * @param <T>  its type
     * @return the body
     * @throws InvalidInputException naming {@code body} when it is missing
     */
    static <T> T require(T body) {
        if (body == null) {
            throw InvalidInputException.of("body", "api.body-required");
        }
        return body;
    }

    /**
     * A whole number from a JSON field read as a raw JSON value, so that a fraction, a string, an array or a boolean
     * is refused rather than converted (JSON-B would truncate 1.5 and unwrap [1]).
     *
     * @param value the JSON value, or {@code null} when absent
     * @param field field for the error
     * @param min   smallest allowed
     * @param max   largest allowed
     * @return the value
     * @throws InvalidInputException naming {@code field} when missing, not a whole number or out of range
     */
    static int wholeNumber(jakarta.json.JsonValue value, String field, int min, int max) {
        if (value == null || value.getValueType() == jakarta.json.JsonValue.ValueType.NULL) {
            throw InvalidInputException.of(field, "api.field-required", field);
        }
        java.math.BigDecimal n = value instanceof jakarta.json.JsonNumber number ? number.bigDecimalValue() : null;
        if (n == null || n.stripTrailingZeros().scale() > 0 || n.compareTo(java.math.BigDecimal.valueOf(min)) < 0
                || n.compareTo(java.math.BigDecimal.valueOf(max)) > 0) {
            throw InvalidInputException.of(field, "api.whole-number-between", field, min, max);
        }
        return n.intValueExact();
    }

    /**
     * @param type  enumeration
     * @param value constant name, or {@code null}
     * @param field field for the error
     * @param <E>   enumeration type
     * @return the constant, or {@code null} when {@code value} is {@code null}
     * @throws InvalidInputException naming {@code field} and the allowed values when unknown
     */
    static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field) {
        if (value == null) {
            return null;
        }
        for (E e : type.getEnumConstants()) {
            if (e.name().equals(value)) {
                return e;
            }
        }
        throw InvalidInputException.of(field, "api.unknown-value", value, EnumSet.allOf(type));
    }
}
