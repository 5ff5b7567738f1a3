package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12: a distributor's Japanese decision page holds no English evidence, no Java lists ({@code [1, 2, 3, 4]}) and
 * no enum names — for every product at the demo's eligible, flagged and refused facilities (filings, physicians,
 * declarations confirmed and rejected, lots, briefings).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class JapaneseDecisionBrowserIT {
    /** Lower-case ASCII words of 3+ letters: English (user names and SiteGate are removed first). */
    private static final Pattern ENGLISH = Pattern.compile("[a-z]{3,}");
    /** Enum-like names: CATEGORY_1, IN_PERSON, CONTACT_24H, and single words SiteGate's enums use. */
    private static final Pattern ENUM = Pattern.compile("\\b([A-Z][A-Z0-9]*_[A-Z0-9_]+|ONLINE|NONE|ELIGIBLE|FLAGGED|"
            + "UNKNOWN|MET|ACTIVE|RELEASED|LUNSUMIO|ABECMA|IMDELLTRA|PHYSICIAN|PHARMACIST|NURSE)\\b");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void findingsAreJapaneseThroughout() throws Exception {
        try (Browser b = new Browser()) {
            b.recordingFailures("japanese-decision", () -> {
                b.login("dist1");
                List<String> problems = new ArrayList<>();
                int pages = 0;
                for (String code : List.of("1912110952", "1910112398", "1910114451")) {
                    for (String yj : List.of("4291476A1028", "4900409X1022", "4291477D1029")) {
                        b.open("check.xhtml");
                        b.typeAutoComplete("check:facility", code);
                        b.selectOneMenu("check:product", yj);
                        b.click("#check\\:submit");
                        String findings = b.text("#check\\:findings");
                        pages++;
                        scan(code + " " + yj, findings, problems);
                    }
                }
                b.screenshot("japanese-decision");
                assertTrue(pages == 9, "nine decisions read");
                assertTrue(problems.isEmpty(), "English, lists or enum names on Japanese decision pages:\n"
                        + String.join("\n", problems));
            });
        }
    }

    private static void scan(String what, String text, List<String> problems) {
        assertFalse(text.isBlank(), what + ": findings shown");
        // user names (mr1, safety3, fadmin1) name who declared, confirmed or suspended: not English
        String cleaned = text.replaceAll("\\b[a-z]+[0-9]+\\b", "").replace("SiteGate", "");
        if (cleaned.contains("[") || cleaned.contains("]")) {
            problems.add(what + ": a [list]: " + around(cleaned, cleaned.indexOf(cleaned.contains("[") ? "[" : "]")));
        }
        Matcher m = ENGLISH.matcher(cleaned);
        if (m.find()) {
            problems.add(what + ": English \"" + m.group() + "\": " + around(cleaned, m.start()));
        }
        Matcher e = ENUM.matcher(cleaned);
        if (e.find()) {
            problems.add(what + ": enum \"" + e.group() + "\": " + around(cleaned, e.start()));
        }
    }

    private static String around(String text, int at) {
        return text.substring(Math.max(0, at - 40), Math.min(text.length(), at + 40)).replace('\n', ' ');
    }
}
