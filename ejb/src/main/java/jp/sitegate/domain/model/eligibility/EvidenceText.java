package jp.sitegate.domain.model.eligibility;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@link Evidence} in the reader's language (issue 12): the template of its kind from the bundle
 * {@code jp/sitegate/domain/model/eligibility/Evidence} ({@code Evidence_ja.properties}, {@code Evidence.properties}
 * for English), with {@code {name}} replaced by the parameter's value; nested evidence and labels are rendered in the
 * same language, lists joined with the bundle's {@code separator}.
 */
public final class EvidenceText {
    private static final String BUNDLE = "jp.sitegate.domain.model.eligibility.Evidence";
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([A-Za-z]+)\\}");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private EvidenceText() {
    }

    /**
     * @param e      the evidence
     * @param locale the reader's language (Japanese unless English)
     * @return its text
     * @throws MissingResourceException when the bundle has no template for the kind (a test checks every kind)
     */
    public static String render(Evidence e, Locale locale) {
        ResourceBundle b = bundle(locale);
        String template = b.getString(e.kind().name());
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Object v = e.params().get(m.group(1));
            m.appendReplacement(out, Matcher.quoteReplacement(v == null ? "" : value(v, locale, b)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * @param locale a language
     * @return the bundle of that language (English for anything but Japanese)
     */
    static ResourceBundle bundle(Locale locale) {
        boolean english = Locale.ENGLISH.getLanguage().equals(locale.getLanguage());
        return ResourceBundle.getBundle(BUNDLE, english ? Locale.ROOT : Locale.JAPANESE, NO_FALLBACK);
    }

    private static String value(Object v, Locale locale, ResourceBundle b) {
        if (v instanceof Evidence nested) {
            return render(nested, locale);
        }
        if (v instanceof Evidence.Label label) {
            return label.in(locale);
        }
        if (v instanceof List<?> list) {
            StringBuilder s = new StringBuilder();
            for (Object o : list) {
                if (s.length() > 0) {
                    s.append(b.getString("separator"));
                }
                s.append(value(o, locale, b));
            }
            return s.toString();
        }
        if (v instanceof LocalDate d) {
            return d.toString();
        }
        return String.valueOf(v);
    }

    /**
     * The structured form the API shows (issue 12): {@code kind}, {@code params} (labels as {@code {ja, en}}, nested
     * evidence as {@code {kind, params}}, dates as ISO strings).
     *
     * @param e the evidence
     * @return its parameters as plain JSON values
     */
    public static Map<String, Object> params(Evidence e) {
        Map<String, Object> out = new LinkedHashMap<>();
        e.params().forEach((k, v) -> out.put(k, plain(v)));
        return out;
    }

    private static Object plain(Object v) {
        if (v instanceof Evidence nested) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("kind", nested.kind().name());
            m.put("params", params(nested));
            return m;
        }
        if (v instanceof Evidence.Label label) {
            return Map.of("ja", label.ja(), "en", label.en());
        }
        if (v instanceof List<?> list) {
            return list.stream().map(EvidenceText::plain).toList();
        }
        if (v instanceof Number || v instanceof Boolean) {
            return v;
        }
        return String.valueOf(v);
    }
}
