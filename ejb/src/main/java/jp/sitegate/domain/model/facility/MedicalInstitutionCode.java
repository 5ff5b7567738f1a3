package jp.sitegate.domain.model.facility;

import java.io.Serializable;
import java.util.Set;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.LuhnCheck;

/**
 * 医療機関コード: the 10-digit medical institution code, validated as REQUIREMENTS.md §6 states.
 * Layout: prefecture (2) + fee-schedule digit (1: 医科 1, 歯科 3, 調剤 4, 訪問看護 6) + district (2) + number (4)
 * + check digit (1). The Luhn check covers all 10 digits, except in Saitama (11), Chiba (12), Tokyo (13) and
 * Kanagawa (14) where it covers only the last 7.
 * Immutable, with value equality.
 */
public final class MedicalInstitutionCode implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Set<String> SEVEN_DIGIT_CHECK_PREFECTURES = Set.of("11", "12", "13", "14");
    private static final String FIELD = "code";

    private final String value;

    private MedicalInstitutionCode(String value) {
        this.value = value;
    }

    /**
     * Parses and validates a code.
     *
     * @param raw ten ASCII digits (surrounding blanks are ignored)
     * @return the code
     * @throws InvalidInputException naming field {@code code} when the format, prefecture, fee-schedule digit or
     *                               check digit is wrong
     */
    public static MedicalInstitutionCode of(String raw) {
        return of(raw, FIELD);
    }

    /**
     * Parses and validates a code, reporting errors against the given field name.
     *
     * @param raw   ten ASCII digits
     * @param field the field name to cite in an error
     * @return the code
     * @throws InvalidInputException when the code is invalid
     */
    public static MedicalInstitutionCode of(String raw, String field) {
        String reason = problem(raw);
        if (reason != null) {
            throw new InvalidInputException(field, "医療機関コードが不正です: " + reasonJa(reason),
                    "invalid medical institution code: " + reason);
        }
        return new MedicalInstitutionCode(raw.strip());
    }

    /**
     * @param raw a candidate code
     * @return true when {@link #of(String)} would accept it
     */
    public static boolean isValid(String raw) {
        return problem(raw) == null;
    }

    /**
     * Builds the 10-digit code from a bureau list row.
     *
     * @param prefectureCode   2 digits
     * @param feeScheduleDigit 1 (医科), 3 (歯科), 4 (調剤) or 6 (訪問看護)
     * @param sevenDigits      the 7-digit 医療機関番号
     * @return the validated code
     * @throws InvalidInputException when the composed code is invalid
     */
    public static MedicalInstitutionCode fromParts(String prefectureCode, char feeScheduleDigit, String sevenDigits) {
        return of(prefectureCode + feeScheduleDigit + sevenDigits, "医療機関番号");
    }

    private static String problem(String raw) {
        if (raw == null || raw.isBlank()) {
            return "missing";
        }
        String s = raw.strip();
        if (s.length() != 10 || !s.chars().allMatch(c -> c >= '0' && c <= '9')) {
            return "must be exactly 10 digits";
        }
        int pref = Integer.parseInt(s.substring(0, 2));
        if (pref < 1 || pref > 47) {
            return "prefecture must be 01-47";
        }
        char fee = s.charAt(2);
        if (fee != '1' && fee != '3' && fee != '4' && fee != '6') {
            return "fee-schedule digit must be 1, 3, 4 or 6";
        }
        String checked = SEVEN_DIGIT_CHECK_PREFECTURES.contains(s.substring(0, 2)) ? s.substring(3) : s;
        if (!LuhnCheck.isValid(checked)) {
            return "check digit does not match";
        }
        return null;
    }

    private static String reasonJa(String reasonEn) {
        return switch (reasonEn) {
            case "missing" -> "未入力";
            case "must be exactly 10 digits" -> "10桁の数字で入力してください";
            case "prefecture must be 01-47" -> "都道府県番号は01〜47です";
            case "fee-schedule digit must be 1, 3, 4 or 6" -> "点数表番号は1・3・4・6のいずれかです";
            default -> "検証番号（チェックディジット）が一致しません";
        };
    }

    /** @return the 10 digits */
    public String value() {
        return value;
    }

    /** @return the 2-digit prefecture code */
    public String prefectureCode() {
        return value.substring(0, 2);
    }

    /** @return true for a 医科 (medical) institution, fee-schedule digit 1 */
    public boolean isMedical() {
        return value.charAt(2) == '1';
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MedicalInstitutionCode other && other.value.equals(value);
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
