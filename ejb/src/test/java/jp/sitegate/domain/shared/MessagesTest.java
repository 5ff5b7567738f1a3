package jp.sitegate.domain.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Format;
import java.text.MessageFormat;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The users' messages bundle (issue 13): both languages, every key used and only those, well-formed patterns. */
class MessagesTest {
    /** A string literal that looks like a key (lower case, with a dot and something after it). */
    private static final Pattern KEY = Pattern.compile("\"([a-z][a-z-]*\\.[a-z0-9.-]+)\"");
    /** The statements that take a key: Reason.of, XxxException.of and the classes' own helpers named here. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(?:Exception\\.of|Reason\\.of|CriterionResult\\.\\w+|\\binvalid|\\berror|adminOrTiedManufacturer|\\bnotMet|gaps\\.add|\\bbilingual|RowError\\.of|FactsChanged\\.cause)\\((?:[^;\"]|\"[^\"]*\")*;");
    /**
     * The messages whose English leaves out an argument the Japanese shows, or the other way round, kept so that the
     * texts stay as they were (issue 13): the role list, an agreement's last day, a URL parser's reason, the Japanese
     * name of what was seen, the registered physician's name, the unanswered item's field, the roles allowed, a
     * draft's effective date; in the mails, the lot's YJ code, the days left, the facility's name in a subject, the
     * last day of a suspension, who confirmed and the product's Japanese name, which only the Japanese part shows;
     * the rows searched for a bureau list's header, which only the English shows; in the findings (issue 13), the
     * partner's name (Japanese) or code (English), why a confirmation is missing and a list's age (English only), and
     * whom the physicians' count covers (Japanese only).
     */
    private static final Set<String> ONE_LANGUAGE_ARGUMENTS = Set.of("user.unknown-role",
            "organisation.overlaps-agreement-from-same", "notification.url-malformed",
            "facility.seenon-required-not-future", "physician.registration-number-belongs-another",
            "checklist.answered-true-false", "user.roles-are-not-allowed", "profile.draft-s-effective-date",
            "mail.lot-expiring.body", "mail.stock-below.body", "mail.suspended.subject", "mail.resumed.subject",
            "mail.suspended.body", "mail.confirmation-lapsing.body",
            "import.header-row-not-found", "api.field-required", "api.whole-number-between", "api.true-false-null",
            "api.id-integer", "finding.capability.via-partner", "finding.declaration.awaiting",
            "finding.icu.equivalent-awaiting", "finding.icu.partner-icu", "finding.icu.partner-list-gap",
            "finding.inpatient.partner", "finding.list.stale", "finding.partner.awaiting", "finding.physicians.awaiting",
            "finding.physicians.met", "finding.physicians.not-met");

    private static final ResourceBundle JA = Reason.bundle(Locale.JAPANESE);
    private static final ResourceBundle EN = Reason.bundle(Locale.ROOT);

    @Test
    void bothLanguagesHaveTheSameKeys() {
        assertEquals(Locale.JAPANESE, JA.getLocale());
        assertEquals(Locale.ROOT, EN.getLocale());
        assertEquals(new TreeSet<>(EN.keySet()), new TreeSet<>(JA.keySet()));
    }

    @Test
    void everyKeyTheCodeUsesIsInTheBundleAndNoOther() throws IOException {
        Set<String> used = new TreeSet<>();
        // the ejb's sources and the web module's REST resources, which refuse input with the same bundle (its JSF
        // beans use the pages' own bundle)
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../web/src/main/java/jp/sitegate/interfaces/rest"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                    Matcher m = KEY_USE.matcher(Files.readString(p));
                    while (m.find()) {
                        Matcher k = KEY.matcher(m.group());
                        while (k.find()) {
                            used.add(k.group(1));
                        }
                    }
                }
            }
        }
        assertTrue(used.size() > 100, "keys found in the code: " + used.size());
        assertEquals(new TreeSet<>(EN.keySet()), used);
    }

    @Test
    void everyMessageParsesWithTheSameArgumentsInBothLanguages() {
        Set<String> differing = new TreeSet<>();
        for (String key : new TreeSet<>(EN.keySet())) {
            if (!arguments(EN.getString(key)).equals(arguments(JA.getString(key)))) {
                differing.add(key);
            }
        }
        assertEquals(new TreeSet<>(ONE_LANGUAGE_ARGUMENTS), differing);
    }

    @Test
    void argumentsAreWrittenAsConcatenationWouldAndBilingualOnesInTheirLanguage() {
        assertEquals(new Reason("在庫（1600 本）を超えています", "exceeds the 1600 vials on hand"),
                Reason.of("stock.exceeds-vials-on-hand", 1600));
        assertEquals(new Reason("この製品（エプキンリ）の特約店契約がないため出荷できません",
                "no distribution agreement in force for Epkinly: your company may not ship it"),
                Reason.of("access.no-distribution-agreement-force", new Reason("エプキンリ", "Epkinly")));
        assertEquals("only the facility's administrator may change this",
                Reason.of("access.only-facility-s-administrator").en());
    }

    @Test
    void englishIsNotShadowedByAJapaneseDefaultLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.JAPAN);
            assertEquals("sign-in required", Reason.of("access.sign-in-required").en());
        } finally {
            Locale.setDefault(before);
        }
    }

    @Test
    void aFactoryGivesTheFieldAndBothReasons() {
        InvalidInputException e = InvalidInputException.of("quantity", "stock.vials-1-1000");
        assertEquals("quantity", e.field());
        assertEquals("本数は1〜1000で指定してください", e.reasonJa());
        assertEquals("vials must be 1-1000", e.reasonEn());
        assertThrows(MissingResourceException.class, () -> Reason.of("no.such-key"));
    }

    /** @return per argument index used by the pattern, its format's class (or "plain") */
    private static java.util.Map<Integer, String> arguments(String pattern) {
        MessageFormat f = new MessageFormat(pattern, Locale.ROOT);
        Format[] formats = f.getFormatsByArgumentIndex();
        Object[] markers = new Object[formats.length];
        for (int i = 0; i < markers.length; i++) {
            markers[i] = formats[i] == null ? "\u0000" + i + "\u0000" : null;
        }
        String written = formats.length == 0 ? "" : f.format(markers);
        java.util.Map<Integer, String> out = new java.util.TreeMap<>();
        for (int i = 0; i < formats.length; i++) {
            if (formats[i] != null || written.contains("\u0000" + i + "\u0000")) {
                out.put(i, formats[i] == null ? "plain" : formats[i].getClass().getSimpleName());
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
