package jp.sitegate.domain.model.organisation;

import java.io.Serializable;
import jp.sitegate.domain.shared.InvalidInputException;

/**
 * 法人番号: the 13-digit corporate number the National Tax Agency (国税庁) assigns to companies, validated as the
 * NTA specifies (法人番号の指定等に関する省令 第2条, 「法人番号の構成」): the first digit is a check digit over the
 * 12-digit base, {@code 9 − (Σ Pn × Qn mod 9)}, where Pn is the base's n-th digit counted from the right and Qn is
 * 1 for odd n and 2 for even n. Immutable, with value equality. Example: the NTA's own number 7000012050002.
 */
public final class CorporateNumber implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final String FIELD = "corporateNumber";

    private final String value;

    private CorporateNumber(String value) {
        this.value = value;
    }

    /**
     * @param raw 13 ASCII digits (surrounding blanks ignored)
     * @return the number
     * @throws InvalidInputException naming {@code corporateNumber} when it is not 13 digits or the check digit is
     *                               wrong
     */
    public static CorporateNumber of(String raw) {
        String s = raw == null ? "" : raw.strip();
        if (!s.matches("[0-9]{13}")) {
            throw InvalidInputException.of(FIELD, "organisation.corporatenumber-13-digits");
        }
        if (s.charAt(0) - '0' != checkDigit(s.substring(1))) {
            throw InvalidInputException.of(FIELD, "organisation.corporatenumber-check-digit-first");
        }
        return new CorporateNumber(s);
    }

    /**
     * @param base the 12-digit base (digits only)
     * @return the check digit 1–9 the NTA prefixes to it
     */
    public static int checkDigit(String base) {
        int sum = 0;
        for (int n = 1; n <= base.length(); n++) {
            int p = base.charAt(base.length() - n) - '0';
            sum += p * (n % 2 == 1 ? 1 : 2);
        }
        return 9 - sum % 9;
    }

    /** @return the 13 digits */
    public String value() {
        return value;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof CorporateNumber c && c.value.equals(value);
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
