package jp.sitegate.domain.model.eligibility;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * One fact a finding used, structured (issue 12, REQUIREMENTS.md §7): a {@link EvidenceKind} and its named parameters,
 * rendered in the reader's language from the message bundle {@code jp/sitegate/domain/model/eligibility/Evidence}
 * ({@link EvidenceText}). Never personal data: physicians by id, lots by number.
 *
 * @param kind   what the fact is
 * @param params parameter name → value, in order: a {@link String}, {@link Number}, {@link java.time.LocalDate},
 *               {@link Label}, nested {@link Evidence}, or a {@link List} of these (joined with the language's
 *               separator); never {@code null} values
 */
public record Evidence(EvidenceKind kind, Map<String, Object> params) {
    /** Defensive, ordered copy. */
    public Evidence {
        Objects.requireNonNull(kind);
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * @param kind        what the fact is
     * @param namesValues parameter names and values, alternating ({@code "id", 4, "on", day}); a {@code null} value
     *                    is left out
     * @return the evidence
     * @throws IllegalArgumentException when a name has no value or a name is not a string
     */
    public static Evidence of(EvidenceKind kind, Object... namesValues) {
        if (namesValues.length % 2 != 0) {
            throw new IllegalArgumentException("names and values alternate: " + namesValues.length);
        }
        Map<String, Object> p = new LinkedHashMap<>();
        for (int i = 0; i < namesValues.length; i += 2) {
            if (!(namesValues[i] instanceof String name)) {
                throw new IllegalArgumentException("parameter name expected at " + i);
            }
            if (namesValues[i + 1] != null) {
                p.put(name, namesValues[i + 1]);
            }
        }
        return new Evidence(kind, p);
    }

    /** @return the Japanese text */
    public String ja() {
        return EvidenceText.render(this, Locale.JAPANESE);
    }

    /** @return the English text */
    public String en() {
        return EvidenceText.render(this, Locale.ENGLISH);
    }

    /**
     * A value with its own words in both languages (a capability, a material, a prefecture).
     *
     * @param ja Japanese
     * @param en English
     */
    public record Label(String ja, String en) {
        /**
         * @param locale the reader's language
         * @return the words in it (Japanese unless English is asked for)
         */
        public String in(Locale locale) {
            return Locale.ENGLISH.getLanguage().equals(locale.getLanguage()) ? en : ja;
        }
    }
}
