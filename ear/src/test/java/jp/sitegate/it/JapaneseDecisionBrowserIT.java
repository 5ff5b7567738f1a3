package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
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
        RawValues.scan(what, text, true, problems);
    }
}
