package jp.sitegate.domain.model.product;

import java.io.Serializable;
import java.util.Locale;
import java.util.Optional;
import jp.sitegate.domain.shared.CodeRule;
import jp.sitegate.domain.shared.CodeText;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.Reason;

/**
 * YJ code (薬価基準収載医薬品コード): 12 characters identifying a product strength, validated as REQUIREMENTS.md §6
 * states. The 8th character is a letter (A–I→1–9, J–R→1–9, S–Z→2–9); the first 11 characters are weighted
 * 2,3,4,5,6,7,2,3,4,5,6 from the right; check = (11 − sum mod 11) mod 11, 10 written as 0.
 * A code is read through {@link #normalize} (NFKC, spaces and hyphens dropped, upper case; issue 12).
 */
public final class YjCode implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final int[] WEIGHTS_FROM_RIGHT = {2, 3, 4, 5, 6, 7, 2, 3, 4, 5, 6};

    /** How a code is read and refused (issue 13: shared with the other code value objects). */
    private static final CodeRule<YjCode> RULE = new CodeRule<>(YjCode::normalize, YjCode::reasonOf, YjCode::new);

    private final String value;

    private YjCode(String value) {
        this.value = value;
    }

    /**
     * @param raw   12 characters as typed or uploaded (read through {@link #normalize})
     * @param field field name to cite in an error
     * @return the validated code
     * @throws InvalidInputException naming {@code field} when the format or check digit is wrong
     */
    public static YjCode of(String raw, String field) {
        return RULE.parse(raw, field);
    }

    /**
     * @param raw a candidate code
     * @return true when it is a well-formed YJ code with a matching check digit
     */
    public static boolean isValid(String raw) {
        return RULE.problem(raw).isEmpty();
    }

    /**
     * Why {@link #of} would refuse a code (REQUIREMENTS.md §6, issue 12), Japanese first.
     *
     * @param raw a candidate code
     * @return the reason, or empty when the code is valid
     */
    public static Optional<Reason> problem(String raw) {
        return RULE.problem(raw);
    }

    /**
     * The one place a typed or uploaded YJ code is read (issue 12): NFKC (full-width letters and digits become
     * ASCII), spaces and hyphens dropped, upper case — {@code ６３９９４２１ａ２０２６} reads {@code 6399421A2026}.
     *
     * @param raw a code as written, or {@code null}
     * @return the normalised text (not necessarily a valid code), or {@code null} for {@code null}
     */
    public static String normalize(String raw) {
        String s = CodeText.normalize(raw);
        return s == null ? null : s.toUpperCase(Locale.ROOT);
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

    private static Reason reasonOf(String s) {
        if (s == null || s.isEmpty()) {
            return invalid("code.missing");
        }
        if (s.length() != 12) {
            return invalid("yj-code.12-characters");
        }
        for (int i = 0; i < 12; i++) {
            char c = s.charAt(i);
            boolean ok = i == 7 ? (c >= 'A' && c <= 'Z') : (c >= '0' && c <= '9');
            if (!ok) {
                return i == 7 ? invalid("yj-code.8th-character-letter-z")
                        : invalid("yj-code.character-digit", i + 1);
            }
        }
        if (checkDigit(s.substring(0, 11)) != s.charAt(11)) {
            return invalid("yj-code.check-digit-does-not");
        }
        return null;
    }

    private static Reason invalid(String key, Object... args) {
        return Reason.of("yj-code.invalid", Reason.of(key, args));
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
