package jp.sitegate.domain.shared;

import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * A term of the field with a Japanese and an English label, kept in the bundle {@code jp.sitegate.domain.shared.Labels}
 * ({@code Labels_ja.properties}, {@code Labels.properties}) under {@code <enum's simple name>.<constant>} (issue 13:
 * the words users read live in bundles, Java keeps the keys). Implemented by the domain's enums.
 */
public interface Labelled {
    /** @return the constant's name (an enum's {@code name()}) */
    String name();

    /** @return the Japanese label */
    default String labelJa() {
        return Labels.of(this, Labels.JA);
    }

    /** @return the English label */
    default String labelEn() {
        return Labels.of(this, Labels.EN);
    }

    /** The bundle lookup. */
    final class Labels {
        static final ResourceBundle JA = ResourceBundle.getBundle("jp.sitegate.domain.shared.Labels", Locale.JAPANESE,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        static final ResourceBundle EN = ResourceBundle.getBundle("jp.sitegate.domain.shared.Labels", Locale.ROOT,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

        private Labels() {
        }

        /**
         * @param term   a term
         * @param bundle the language's bundle
         * @return its label
         * @throws IllegalStateException when the bundle lacks it (a test checks every term in both languages)
         */
        static String of(Labelled term, ResourceBundle bundle) {
            Class<?> type = term instanceof Enum<?> e ? e.getDeclaringClass() : term.getClass();
            String key = type.getSimpleName() + "." + term.name();
            try {
                return bundle.getString(key);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("no label " + key, e);
            }
        }
    }
}
