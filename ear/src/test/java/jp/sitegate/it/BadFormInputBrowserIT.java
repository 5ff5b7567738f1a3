package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6, bad input through the pages' forms: an empty stock receipt, a malformed notification e-mail address, a
 * webhook URL that is not http(s), a physician without a name, a user name with forbidden characters, a password
 * shorter than 12 characters and a partner facility code with a wrong check digit are each refused at the field
 * with a message that says what to enter, and nothing is stored (the audit trail, which records every change,
 * holds as many events afterwards).
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
        for (FormCase c : CASES) {
            try (Browser b = new Browser()) {
                b.login(c.user());
                b.recordingFailures("bad-form-" + c.name(), () -> {
                    b.open(c.page());
                    for (int i = 0; i < c.inputs().length; i += 2) {
                        b.type(c.inputs()[i], c.inputs()[i + 1]);
                    }
                    b.click(c.submit());
                    b.wait.until(d -> d.findElement(org.openqa.selenium.By.id(c.form())).getText()
                            .contains(c.expected()));
                    b.screenshot("bad-form-" + c.name());
                });
            }
        }
        assertEquals(before, BadInputIT.auditEvents(), "nothing stored");
    }

    /**
     * One bad form submission.
     *
     * @param name     for the screenshot
     * @param user     who submits
     * @param page     the page
     * @param inputs   CSS selector, text, selector, text, …
     * @param submit   the button
     * @param form     id of the form whose text must show the message
     * @param expected the message (Japanese, the default locale)
     */
    record FormCase(String name, String user, String page, String[] inputs, String submit, String form,
            String expected) {
    }

    static final java.util.List<FormCase> CASES = java.util.List.of(
            new FormCase("stock-receipt-empty", "fadmin1", "facility/stock.xhtml?code=" + KOFU, new String[0],
                    "#receive\\:submit", "receive", "ロット番号を入力してください"),
            new FormCase("email", "fadmin1", "inbox.xhtml", new String[] {"#settings\\:email", "not-an-address"},
                    "#settings\\:saveEmail", "settings", "メールアドレスの形式が正しくありません"),
            new FormCase("webhook", "dist1", "distributor/webhooks.xhtml",
                    new String[] {"#webhooks\\:url", "ftp://example.jp/hook"}, "#webhooks\\:subscribe", "webhooks",
                    "で始まる URL を入力してください"),
            new FormCase("physician-without-name", "fadmin1", "facility/physicians.xhtml?code=" + KOFU,
                    new String[0], "#physician\\:register", "physician",
                    "医師の氏名を入力してください"),
            new FormCase("user-name-characters", "admin1", "admin/users.xhtml",
                    new String[] {"#user\\:username", "bad name!", "#user\\:displayName", "悪い 名前",
                        "#user\\:password", "long-enough-password-1"}, "#user\\:create", "user",
                    "ユーザー名は英数字と . _ - の3〜100文字です"),
            new FormCase("short-password", "admin1", "admin/users.xhtml",
                    new String[] {"#user\\:username", "short.password", "#user\\:displayName", "短い パスワード",
                        "#user\\:password", "short"}, "#user\\:create", "user", "パスワードは12文字以上にしてください"),
            new FormCase("partner-check-digit", "fadmin1", "facility/home.xhtml?tab=partners&code=" + KOFU,
                    new String[] {"#partners\\:partnerCode", "1910114452"}, "#partners\\:addPartner", "partners",
                    "医療機関コードが不正です"));
}
