package jp.sitegate.domain.model.product;

import java.io.Serializable;
import jp.sitegate.domain.shared.InvalidInputException;

/**
 * YJ code (薬価基準収載医薬品コード): 12 characters identifying a product strength, validated as REQUIREMENTS.md §6
 * states. The 8th character is a letter (A–I→1–9, J–R→1–9, S–Z→2–9); the first 11 characters are weighted
 * 2,3,4,5,6,7,2,3,4,5,6 from the right; check = (11 − sum mod 11) mod 11, 10 written as 0.
 */
public final class YjCode implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int[] WEIGHTS_FROM_RIGHT = {2, 3, 4, 5, 6, 7, 2, 3, 4, 5, 6};

    private final String value;

    private YjCode(String value) {
        this.value = value;
    }

    /**
     * @param raw   12 characters
     * @param field field name to cite in an error
     * @return the validated code
     * @throws InvalidInputException naming {@code field} when the format or check digit is wrong
     */
    public static YjCode of(String raw, String field) {
        String reason = problem(raw);
        if (reason != null) {
            throw new InvalidInputException(field, "YJコードが不正です（" + reason + "）", "invalid YJ code: " + reason);
        }
        return new YjCode(raw.strip().toUpperCase());
    }

    /**
     * @param raw a candidate code
     * @return true when it is a well-formed YJ code with a matching check digit
     */
    public static boolean isValid(String raw) {
        return problem(raw) == null;
    }

    /**
     * @param first11 the first 11 characters of a YJ code
     * @return the check digit character
     */
    public static char checkDigit(String first11) {
        int sum = 0;
        for (int i = 0; i < 11; i++) {
            char c = first11.charAt(10 - i);
            sum += valueOf(c) * WEIGHTS_FROM_RIGHT[i];
        }
        int cd = (11 - sum % 11) % 11;
        return cd == 10 ? '0' : (char) ('0' + cd);
    }

    private static int valueOf(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'I') {
            return c - 'A' + 1;
        }
        if (c >= 'J' && c <= 'R') {
            return c - 'J' + 1;
        }
        return c - 'S' + 2;
    }

    private static String problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return "missing";
        }
        String s = raw.strip().toUpperCase();
        if (s.length() != 12) {
            return "must be 12 characters";
        }
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            boolean ok = i == 7 ? (c >= 'A' && c <= 'Z') : (c >= '0' && c <= '9');
            if (!ok) {
                return i == 7 ? "8th character must be a letter A-Z" : "character " + (i + 1) + " must be a digit";
            }
        }
        if (checkDigit(s.substring(0, 11)) != s.charAt(11)) {
            return "check digit does not match";
        }
        return null;
    }

    /** @return the 12 characters */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof YjCode other && other.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
