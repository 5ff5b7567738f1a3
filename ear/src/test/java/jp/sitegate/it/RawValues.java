package jp.sitegate.it;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds what must never reach a page (issue 14): missing bundle keys ({@code ???key???}), Java maps and lists
 * ({@code {PHYSICIAN=2}}, {@code [1, 2]}), enum names ({@code LUNSUMIO}, {@code FACILITY_ADMIN}), Java class names
 * and exceptions, {@code null}; on Japanese pages also English words.
 */
final class RawValues {
    /** Lower-case ASCII words of 3+ letters: English (user names, e-mail addresses and SiteGate are removed first). */
    private static final Pattern ENGLISH = Pattern.compile("[a-z]{3,}");
    /** Enum-like names: CATEGORY_1, IN_PERSON, CONTACT_24H, and single words SiteGate's enums use. */
    private static final Pattern ENUM = Pattern.compile("\\b([A-Z][A-Z0-9]*_[A-Z0-9_]+|ONLINE|NONE|ELIGIBLE|FLAGGED|"
            + "NOT_ELIGIBLE|UNKNOWN|MET|ACTIVE|RELEASED|SUSPENDED|PENDING|CONFIRMED|REJECTED|LUNSUMIO|ABECMA|IMDELLTRA|"
            + "PHYSICIAN|PHARMACIST|NURSE|DISTRIBUTOR|MANUFACTURER|HOSPITAL|OPERATOR|RECEIVED|USED|RETURNED|"
            + "EXPIRED|DRAFT|APPROVED|RETIRED|SENT|FAILED|TRUE|FALSE)\\b");
    /**
     * Names Japanese pages use as they are: the API's standard, file formats, the web hook, a clinical scale's name
     * (ECOG Performance Status) and organisations' English names (… Co., Ltd.).
     */
    private static final String TERMS = "X-SiteGate-Signature|HMAC-SHA256|OpenAPI|Shift_JIS|UTF-8|Webhook|ECOG Performance Status|Excel|CSV|xlsx";
    /** Faces' missing-key marker, Java maps, class names, exceptions, null. */
    private static final List<Pattern> ALWAYS = List.of(Pattern.compile("\\?\\?\\?"),
            Pattern.compile("\\{[A-Za-z_]+="), Pattern.compile("\\bjp\\.sitegate\\.|\\bjava\\.[a-z]+\\."),
            Pattern.compile("[A-Za-z]+Exception\\b"), Pattern.compile("\\bnull\\b"),
            Pattern.compile("\\b[A-Z][a-z]+View\\[|\\b[A-Z][a-zA-Z]+@[0-9a-f]{4,}"));

    private RawValues() {
    }

    /**
     * @param what     names the page in the report
     * @param text     the page's visible text
     * @param japanese true when the page is shown in Japanese (English words are then raw values too)
     * @param problems where each finding is added, with 40 characters around it
     */
    static void scan(String what, String text, boolean japanese, List<String> problems) {
        // user names (mr1, safety3, fadmin1) and e-mail addresses name people, the language switch names English:
        // neither is English text
        String cleaned = text.replaceAll("[\\w.+-]+@[\\w.-]+", "").replaceAll("\\b[a-z]+[0-9]+[a-z]?\\b", "")
                .replaceAll(TERMS, "").replace("SiteGate", "").replace("日本語English", "")
                .replaceAll("[A-Z][\\w .,&'-]*(Co\\., Ltd\\.|Inc\\.|K\\.K\\.)", "");
        for (Pattern p : ALWAYS) {
            find(what, "raw", p, cleaned, problems);
        }
        find(what, "enum", ENUM, cleaned, problems);
        if (japanese) {
            find(what, "English", ENGLISH, cleaned.replaceAll("https?://\\S+", "").replaceAll("\\S+\\.(csv|xlsx|xls|pdf|png|jpe?g)\\b", ""),
                    problems);
            find(what, "list", Pattern.compile("\\[[^\\]]*,[^\\]]*\\]"), cleaned, problems);
        }
    }

    private static void find(String what, String kind, Pattern p, String text, List<String> problems) {
        Matcher m = p.matcher(text);
        // up to three findings per kind and page, so one run shows what to fix
        for (int found = 0; found < 3 && m.find(); found++) {
            problems.add(what + ": " + kind + " \"" + m.group() + "\": …" + text.substring(Math.max(0, m.start() - 40),
                    Math.min(text.length(), m.end() + 40)).replace('\n', ' ') + "…");
        }
    }
}
