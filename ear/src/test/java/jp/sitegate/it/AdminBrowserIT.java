package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 14, the system administrator's users page: reset a password (a one-time password shown once; the user sets
 * their own at the next login), disable an account (it cannot log in at once, the API included), and every user's
 * own password page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    private static String newMr() {
        return newMr(null);
    }

    private static String newMr(String displayName) {
        long chugai = Json.createReader(new StringReader(Api.getAs("admin1",
                "api/v1/organisations?kind=MANUFACTURER").body())).readArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> "中外製薬株式会社".equals(o.getString("nameJa", null))).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
        String name = "mrreset" + System.nanoTime() % 1_000_000_000L;
        Api.Reply made = Api.postAs("admin1", "api/v1/users", Json.createObjectBuilder().add("username", name)
                .add("password", "first-password-123").add("displayName", displayName == null ? name : displayName)
                .add("roles", Json.createArrayBuilder().add("MR")).add("organisationId", chugai).build().toString());
        assertEquals(201, made.status(), made.body());
        return name;
    }

    @Test
    void aResetPasswordIsShownOnceAndTheUserSetsTheirOwnAtTheNextLogin() throws Exception {
        String user = newMr();
        assertEquals(200, Api.getAsWith(user, "first-password-123", "api/v1/inbox/unread").status());
        String oneTime;
        try (Browser b = new Browser()) {
            b.login("admin1");
            b.recordingFailures("admin-users", () -> {
                b.open("admin/users.xhtml");
                // the table sorts by a column's header (in place, on the page's own copy of the list)
                b.click("#list\\:users th.ui-sortable-column");
                b.wait.until(d -> d.findElements(By.cssSelector("#list\\:users th[aria-sort='ascending']")).size() == 1);
                java.util.List<String> names = b.driver.findElements(By.cssSelector("#list\\:users tbody tr td:first-child"))
                        .stream().map(org.openqa.selenium.WebElement::getText).toList();
                assertTrue(names.size() > 3 && names.get(0).compareTo(names.get(1)) <= 0, names.toString());
                String row = "//tr[td[text()='" + user + "']]";
                assertTrue(b.driver.findElement(By.xpath(row)).getText().contains("有効"), "standing shown");
                b.driver.findElement(By.xpath(row + "//button[contains(@id,'reset')]")).click();
                assertTrue(b.text(".ui-confirm-dialog-message").contains("一度だけ使えるパスワード"));
                b.click(".ui-confirmdialog-yes");
                String shown = b.textContaining("#list\\:oneTime", user);
                assertTrue(shown.contains("この画面でしか表示しません"), shown);
                b.screenshotDesktopAndTablet("admin-users-reset");
            });
            String shown = b.text("#list\\:oneTime");
            oneTime = shown.substring(shown.indexOf(": ") + 2, shown.indexOf(" — ")).strip();
            assertEquals(16, oneTime.length(), shown);
            b.driver.navigate().refresh();
            assertFalse(b.visibleNow("#list\\:oneTime"), "shown once");
        }
        assertEquals(401, Api.getAsWith(user, "first-password-123", "api/v1/inbox/unread").status(),
                "the old password stops working at once");

        try (Browser b = new Browser()) {
            b.login(user, oneTime);
            b.recordingFailures("account-password", () -> {
                assertTrue(b.driver.getCurrentUrl().contains("account/password.xhtml"), b.driver.getCurrentUrl());
                assertTrue(b.text("#password\\:mustChange").contains("一度だけ使えるパスワード"));
                // issue 15: every other page leads back here until the one-time password is replaced
                b.open("mr/facilities.xhtml");
                b.wait.until(d -> d.getCurrentUrl().contains("account/password.xhtml"));
                b.type("#password\\:current", oneTime);
                b.type("#password\\:newPassword", "my-own-password-9");
                b.type("#password\\:repeated", "my-own-password-8");
                b.click("#password\\:change");
                assertTrue(b.textContaining("#password", "確認のパスワードが一致しません").length() > 0);
                b.type("#password\\:current", oneTime);
                b.type("#password\\:newPassword", "my-own-password-9");
                b.type("#password\\:repeated", "my-own-password-9");
                b.click("#password\\:change");
                assertTrue(b.textContaining("#password\\:messages", "パスワードを変更しました").length() > 0);
                b.open("mr/facilities.xhtml");
                assertTrue(b.driver.getCurrentUrl().contains("mr/facilities.xhtml"), "the hold ends with the change: "
                        + b.driver.getCurrentUrl());
                b.screenshot("account-password");
            });
        }
        assertEquals(200, Api.getAsWith(user, "my-own-password-9", "api/v1/inbox/unread").status());

        // disabling counts at the next request, although the credential was just verified (and remembered)
        Api.Reply disabled = Api.putAs("admin1", "api/v1/users/" + user, "{\"roles\":[\"MR\"],\"enabled\":false}");
        assertEquals(200, disabled.status(), disabled.body());
        assertEquals(401, Api.getAsWith(user, "my-own-password-9", "api/v1/inbox/unread").status());
    }

    /**
     * Issue 14: every table exports the columns shown to CSV and xlsx (PrimeFaces' exporter through
     * {@code SafeExporters}); a cell a spreadsheet would read as a formula is text in both (issue 15).
     */
    @Test
    void theUsersTableExportsItsColumnsAndAFormulaStaysText() throws Exception {
        String formula = "=HYPERLINK(\"http://example.invalid\",\"click\")";
        String user = newMr(formula);
        try (Browser b = new Browser()) {
            b.login("admin1");
            b.recordingFailures("admin-users-export", () -> {
                b.open("admin/users.xhtml");
                java.nio.file.Path csv = b.download("#list\\:usersCsv");
                assertTrue(csv.getFileName().toString().equals("sitegate-users.csv"), csv.toString());
                String text = java.nio.file.Files.readString(csv, java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(text.startsWith("\uFEFF"), "a BOM, for Excel to read UTF-8");
                String header = text.lines().findFirst().orElseThrow();
                assertTrue(header.contains("ユーザー名") && header.contains("表示名") && header.contains("状態"), header);
                assertFalse(header.contains("パスワード"), "the action column is not exported: " + header);
                String line = text.lines().filter(l -> l.contains(user)).findFirst().orElseThrow();
                assertTrue(line.contains("'=HYPERLINK("), "escaped with an apostrophe: " + line);

                java.nio.file.Path xlsx = b.download("#list\\:usersXlsx");
                assertTrue(xlsx.getFileName().toString().equals("sitegate-users.xlsx"), xlsx.toString());
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
                    String sheet = new String(zip.getInputStream(zip.getEntry("xl/worksheets/sheet1.xml"))
                            .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
                    String styles = new String(zip.getInputStream(zip.getEntry("xl/styles.xml")).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8);
                    assertTrue(sheet.contains("=HYPERLINK(") && !sheet.contains("<f>"), "a text cell, no formula");
                    assertTrue(styles.matches("(?s).*quotePrefix=\"(1|true)\".*"), "quote-prefixed, as Excel marks text: "
                            + styles);
                }
            });
        }
    }
}
