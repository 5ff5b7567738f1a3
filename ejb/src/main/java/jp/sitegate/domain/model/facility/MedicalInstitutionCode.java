package jp.sitegate.domain.model.facility;

import java.io.Serializable;
import java.util.Optional;
import java.util.Set;
import jp.sitegate.domain.shared.CodeRule;
import jp.sitegate.domain.shared.CodeText;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.LuhnCheck;
import jp.sitegate.domain.shared.Reason;

/**
 * 医療機関コード: the 10-digit medical institution code, validated as REQUIREMENTS.md §6 states.
 * Layout: prefecture (2) + fee-schedule digit (1: 医科 1, 歯科 3, 調剤 4, 訪問看護 6) + district (2) + number (4)
 * + check digit (1). The Luhn check covers all 10 digits, except in Saitama (11), Chiba (12), Tokyo (13) and
 * Kanagawa (14) where it covers only the last 7.
 * A code is read through {@link #normalize} (full-width digits, spaces and hyphens, issue 12), and a refusal says
 * what the input probably is: the DPC 9-digit form, or a dental code written with fee-schedule digit 1.
 * Immutable, with value equality.
 */
public final class MedicalInstitutionCode implements Serializable {
    private static final long serialVersionUID = 1L;
    private static final Set<String> SEVEN_DIGIT_CHECK_PREFECTURES = Set.of("11", "12", "13", "14");
    private static final String FIELD = "code";

    /** How a code is read and refused (issue 13: shared with the other code value objects). */
    private static final CodeRule<MedicalInstitutionCode> RULE = new CodeRule<>(MedicalInstitutionCode::normalize,
            MedicalInstitutionCode::reasonOf, MedicalInstitutionCode::new);

    private final String value;

    private MedicalInstitutionCode(String value) {
        this.value = value;
    }

    /**
     * Parses and validates a code.
     *
     * @param raw ten digits as typed or uploaded (read through {@link #normalize})
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
     * @param raw   ten digits as typed or uploaded (read through {@link #normalize})
     * @param field the field name to cite in an error
     * @return the code
     * @throws InvalidInputException when the code is invalid
     */
    public static MedicalInstitutionCode of(String raw, String field) {
        return RULE.parse(raw, field);
    }

    /**
     * @param raw a candidate code
     * @return true when {@link #of(String)} would accept it
     */
    public static boolean isValid(String raw) {
        return RULE.problem(raw).isEmpty();
    }

    /**
     * Why {@link #of(String)} would refuse a code (REQUIREMENTS.md §6, issue 12), Japanese first.
     *
     * @param raw a candidate code
     * @return the reason, or empty when the code is valid
     */
    public static Optional<Reason> problem(String raw) {
        return RULE.problem(raw);
    }

    /**
     * The one place a typed or uploaded code is read (issue 12): full-width digits become ASCII and spaces and
     * hyphens (including ー－‐−) are dropped, so {@code １９１０-１１４４５１} reads {@code 1910114451}.
     *
     * @param raw a code as written, or {@code null}
     * @return the normalised text (not necessarily a valid code), or {@code null} for {@code null}
     */
    public static String normalize(String raw) {
        return CodeText.normalize(raw);
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

    private static Reason reasonOf(String s) {
        if (s == null || s.isEmpty()) {
            return invalid("code.missing");
        }
        boolean digits = s.chars().allMatch(c -> c >= '0' && c <= '9');
        if (digits && s.length() == 9) {
            return dpcForm(s);
        }
        if (s.length() != 10 || !digits) {
            return invalid("facility-code.exactly-10-digits");
        }
        Reason form = formProblem(s);
        if (form != null) {
            return form;
        }
        if (passesCheck(s)) {
            return null;
        }
        if (s.charAt(2) == '1') {
            for (NotASite kind : NotASite.values()) {
                String other = s.substring(0, 2) + kind.feeDigit + s.substring(3);
                if (passesCheck(other)) {
                    return invalid("facility-code.check-digit-other-kind",
                            kind.feeDigit, other, new Reason(kind.ja, kind.en), new Reason(kind.whyJa, kind.whyEn));
                }
            }
        }
        return invalid("facility-code.check-digit");
    }

    /** A 9-digit input: the DPC form, which leaves out the fee-schedule digit (REQUIREMENTS.md §6). */
    private static Reason dpcForm(String nine) {
        String candidate = nine.substring(0, 2) + '1' + nine.substring(2);
        boolean valid = formProblem(candidate) == null && passesCheck(candidate);
        return invalid(valid ? "facility-code.dpc-form" : "facility-code.dpc-form-check-digit", candidate);
    }

    private static Reason formProblem(String s) {
        int pref = Integer.parseInt(s.substring(0, 2));
        if (pref < 1 || pref > 47) {
            return invalid("facility-code.prefecture-01-47");
        }
        char fee = s.charAt(2);
        if (fee != '1' && fee != '3' && fee != '4' && fee != '6') {
            return invalid("facility-code.fee-schedule-digit-1");
        }
        return null;
    }

    private static boolean passesCheck(String s) {
        return LuhnCheck.isValid(SEVEN_DIGIT_CHECK_PREFECTURES.contains(s.substring(0, 2)) ? s.substring(3) : s);
    }

    private static Reason invalid(String key, Object... args) {
        return Reason.of("facility-code.invalid", Reason.of(key, args));
    }

    /**
     * Dental clinics and pharmacies appear in the bureau lists but are not sites for these products
     * (REQUIREMENTS.md §6, issue 12).
     *
     * @return why this code is not a delivery site (a 歯科 or 調剤 code), or empty for any other code
     */
    public Optional<Reason> notADeliverySite() {
        for (NotASite kind : NotASite.values()) {
            if (value.charAt(2) == kind.feeDigit) {
                return Optional.of(Reason.of("facility-code.code-fee-schedule-digit",
                        value, new Reason(kind.ja, kind.en), kind.feeDigit, new Reason(kind.whyJa, kind.whyEn)));
            }
        }
        return Optional.empty();
    }

    /** Institutions in the bureau lists that are not sites for these products (REQUIREMENTS.md §6). */
    private enum NotASite {
        DENTAL('3', "歯科医療機関", "a dental institution", "歯科医療機関は本製品の納入先ではありません",
                "dental clinics are not delivery sites for these products"),
        PHARMACY('4', "保険薬局", "a pharmacy", "薬局は本製品の納入先ではありません",
                "pharmacies are not delivery sites for these products");

        private final char feeDigit;
        private final String ja;
        private final String en;
        private final String whyJa;
        private final String whyEn;

        NotASite(char feeDigit, String ja, String en, String whyJa, String whyEn) {
            this.feeDigit = feeDigit;
            this.ja = ja;
            this.en = en;
            this.whyJa = whyJa;
            this.whyEn = whyEn;
        }
    }

    /**
     * @param raw a code as typed (a path segment, a form field), or {@code null}
     * @return true when it is written for this code, spaces, hyphens and full-width digits aside (issue 12)
     */
    public boolean sameAs(String raw) {
        return value.equals(normalize(raw));
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
