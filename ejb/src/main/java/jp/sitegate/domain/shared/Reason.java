package jp.sitegate.domain.shared;

import java.text.Format;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Why an input was refused, in Japanese (first) and English, before it is tied to a field or a row and column
 * (issue 12: the code value objects say what is wrong with a code; the caller names where it was written).
 *
 * @param ja the reason in Japanese
 * @param en the reason in English
 */
public record Reason(String ja, String en) {
    /** The bundle of users' messages: {@code Messages.properties} (English) and {@code Messages_ja.properties}. */
    public static final String BUNDLE = "jp.sitegate.domain.shared.Messages";
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /**
     * A reason from the messages bundle (issue 13: Java holds keys and arguments, the bundles the sentences). The
     * message is a {@link MessageFormat} pattern; a plain {@code {n}} is replaced by {@code String.valueOf} of the
     * argument, as string concatenation would (no digit grouping), a typed one ({@code {n,number}}) is formatted by
     * MessageFormat; an argument that is itself a {@code Reason} is written in the message's language.
     *
     * @param key  the message key, {@code <area>.<what>}
     * @param args the message's arguments {@code {0}}, {@code {1}}, …
     * @return the message in Japanese and English
     * @throws MissingResourceException when either bundle lacks the key (a test checks every key used)
     */
    public static Reason of(String key, Object... args) {
        return new Reason(message(bundle(Locale.JAPANESE), key, Locale.JAPANESE, args),
                message(bundle(Locale.ROOT), key, Locale.ENGLISH, args));
    }

    /** Between the two languages of a text stored in one column (status-change causes, notification subjects). */
    public static final String SEPARATOR = " / ";

    /** @return the text in both languages for one column: {@code 日本語 / English} (read back by {@link #split}) */
    public String joined() {
        return ja + SEPARATOR + en;
    }

    /**
     * @param stored a text stored as {@link #joined()} writes it, or in one language only
     * @return it by language; a text in one language (or {@code null}) stands for both
     */
    public static Reason split(String stored) {
        int at = stored == null ? -1 : stored.indexOf(SEPARATOR);
        return at < 0 ? new Reason(stored, stored)
                : new Reason(stored.substring(0, at), stored.substring(at + SEPARATOR.length()));
    }

    /**
     * @param locale {@link Locale#JAPANESE} or {@link Locale#ROOT} (English)
     * @return that language's messages bundle, never the JVM default locale's in place of the English one
     */
    static ResourceBundle bundle(Locale locale) {
        return ResourceBundle.getBundle(BUNDLE, locale, NO_FALLBACK);
    }

    private static String message(ResourceBundle bundle, String key, Locale locale, Object[] args) {
        MessageFormat format = new MessageFormat(bundle.getString(key), locale);
        Format[] typed = format.getFormatsByArgumentIndex();
        Object[] values = new Object[args.length];
        for (int i = 0; i < args.length; i++) {
            Object a = args[i] instanceof Reason r ? (locale == Locale.JAPANESE ? r.ja() : r.en()) : args[i];
            values[i] = i < typed.length && typed[i] != null ? a : String.valueOf(a);
        }
        return format.format(values);
    }
}
