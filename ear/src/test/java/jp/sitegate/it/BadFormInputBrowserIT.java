package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6, bad input through the pages' forms: an empty stock receipt, a malformed notification e-mail address and
 * a webhook URL that is not http(s) are refused at the field with a message that says what to enter, and nothing
 * is stored (the audit trail, which records every change, holds as many events afterwards).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BadFormInputBrowserIT {
    static final String KOFU = "1910114451";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void badFormInputIsRefusedAtTheFieldAndNothingIsStored() throws Exception {
        long before = BadInputIT.auditEvents();
        try (Browser b = new Browser()) {
            b.login("fadmin1");
            b.recordingFailures("bad-form-facility-admin", () -> {
                b.open("facility/stock.xhtml?code=" + KOFU);
                b.click("#receive\\:submit");
                b.wait.until(d -> d.findElement(org.openqa.selenium.By.id("receive")).getText()
                        .contains("ロット番号を入力してください"));

                b.open("inbox.xhtml");
                b.type("#settings\\:email", "not-an-address");
                b.click("#settings\\:saveEmail");
                b.wait.until(d -> d.findElement(org.openqa.selenium.By.id("settings")).getText()
                        .contains("メールアドレスの形式が正しくありません"));
                b.screenshot("bad-form-email");
            });
        }
        try (Browser b = new Browser()) {
            b.login("dist1");
            b.recordingFailures("bad-form-distributor", () -> {
                b.open("distributor/webhooks.xhtml");
                b.type("#webhooks\\:url", "ftp://example.jp/hook");
                b.click("#webhooks\\:subscribe");
                b.wait.until(d -> d.findElement(org.openqa.selenium.By.id("webhooks")).getText()
                        .contains("で始まる URL を入力してください"));
                b.screenshot("bad-form-webhook");
            });
        }
        assertEquals(before, BadInputIT.auditEvents(), "nothing stored");
    }
}
