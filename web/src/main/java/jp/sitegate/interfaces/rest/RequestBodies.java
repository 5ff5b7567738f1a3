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
            throw new InvalidInputException("body", "リクエスト本文がありません", "request body is required");
        }
        return body;
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
        throw new InvalidInputException(field, "不明な値です: " + value + "（" + EnumSet.allOf(type) + "）",
                "unknown value " + value + "; allowed " + EnumSet.allOf(type));
    }
}
