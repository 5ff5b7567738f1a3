package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * The facility administrator's main flow in a real browser: 市立甲府病院 has everything for Lunsumio but
 * tocilizumab (800 of 1,600 mg); receiving a 400 mg lot of 2 vials closes the gap and the status turns eligible.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FacilityAdminBrowserIT {
    static final String KOFU = "1910114451";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void addsATocilizumabLotAndSeesTheStatusChange() throws Exception {
        try (Browser b = new Browser()) {
            b.login("fadmin1");
            b.recordingFailures("facility-admin", () -> {
                b.open("facility/stock.xhtml?code=" + KOFU);
                assertEquals("800", b.text("#onHandMg"));
                assertTrue(b.driver.getPageSource().contains("LUNSUMIO:NOT_ELIGIBLE"));
                assertTrue(b.text("body").contains("LUN-FAC-4"));

                b.selectOneMenu("receive:yjCode", "6399421A3022");
                b.type("#receive\\:lotNumber", "BT-400-01");
                // issue 14: dates are typed — in 和暦 too — and the page says what it understood, or why not
                assertEquals("→ 令和12年12月31日（2030年）火曜日", b.date("receive:expiryDate", "R12.12.31"));
                assertTrue(b.date("receive:expiryDate", "令和12年13月1日").contains("「令和12年13月1日」は日付として読めません"),
                        "an impossible day is refused with the field's name and the forms it reads");
                assertEquals("→ 令和12年12月31日（2030年）火曜日", b.date("receive:expiryDate", "令和12年12月31日"));
                b.inputNumber("receive:vials", 2);
                b.click("#receive\\:submit");

                b.wait.until(d -> "1600".equals(d.findElement(By.id("onHandMg")).getText()));
                assertTrue(b.driver.getPageSource().contains("LUNSUMIO:ELIGIBLE"), "status changed to eligible");
                assertFalse(b.text("body").contains("LUN-FAC-4 ["), "the stock gap is closed");
                assertTrue(b.text("#readinessTitle").contains("トシリズマブの準備状況"), "readiness ahead (issue 5)");
                b.screenshotDesktopAndTablet("facility-admin-stock");

                // issue 14: a lot that expired in 2020 is not taken silently — the page warns and asks; the date is
                // typed, not picked
                b.selectOneMenu("receive:yjCode", "6399421A3022");
                b.type("#receive\\:lotNumber", "OLD-2020");
                assertTrue(b.date("receive:expiryDate", "2020/3/31").contains("令和2年3月31日"), "slashes read");
                b.inputNumber("receive:vials", 1);
                b.click("#receive\\:submit");
                assertTrue(b.textContaining("#receive\\:messages", "使用期限（2020-03-31）が過ぎています")
                        .contains("LUN-FAC-4"), "warned");
                assertFalse(b.text("body").contains("OLD-2020"), "not recorded before the user confirms");
                b.click("#receive\\:acceptExpired .ui-chkbox-box");
                b.click("#receive\\:submit");
                b.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("OLD-2020"));
                assertTrue(b.driver.getCurrentUrl().contains("code=" + KOFU), "the save keeps the facility in the "
                        + "address, so a reload shows the same page: " + b.driver.getCurrentUrl());
                assertEquals("1600", b.text("#onHandMg"), "the expired vial is not counted");
                b.screenshot("facility-admin-expired-lot");
                // issue 14: the 受払簿 lists each receipt with the lot's balance after it
                String ledger = b.text("#movements");
                assertTrue(ledger.contains("BT-400-01") && ledger.contains("OLD-2020") && ledger.contains("入庫"), ledger);
                assertTrue(b.rowContaining("#movements", "OLD-2020") >= 0);
                assertTrue(b.visibleNow("#printLedger"), "printable");
                // issue 14: the lots sort by expiry, the oldest first (OLD-2020 before BT-400-01)
                b.click("#lots\\:table th.ui-sortable-column:nth-of-type(3)");
                b.wait.until(d -> d.findElements(By.cssSelector("#lots\\:table th[aria-sort='ascending']")).size() == 1);
                String lots = b.text("#lots\\:table tbody");
                assertTrue(lots.indexOf("OLD-2020") >= 0 && lots.indexOf("OLD-2020") < lots.indexOf("BT-400-01"), lots);

                b.open("facility/home.xhtml?code=" + KOFU);
                assertTrue(b.text("#facilityName").contains("市立甲府病院"));
                String page = b.text("body");
                assertTrue(page.contains("判定の履歴") && page.contains("ルンスミオ") && page.contains("納入可"),
                        "the status history shows the change (issue 5)");
                // issue 14: the page is in tabs; the partners and the declarations are each one click away
                b.click("#tabs a[href*='tab=partners']");
                assertTrue(b.text("#partners\\:table").contains("山梨大学医学部附属病院"), "partner ICU listed");
                assertTrue(b.driver.getCurrentUrl().contains("code=" + KOFU), b.driver.getCurrentUrl());
                // issue 14: the partners export what the table shows, coverage in words
                String partnersCsv = java.nio.file.Files.readString(b.download("#partners\\:tableCsv"),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(partnersCsv.contains("山梨大学医学部附属病院") && partnersCsv.contains("ICUでの管理")
                        && !partnersCsv.matches("(?s).*\\b(ICU_CARE|INPATIENT_CARE)\\b.*"), partnersCsv);
                b.click("#tabs a[href*='tab=declarations']");
                assertTrue(b.text("#profile").contains("この申告を読む要件"), "each declaration says which requirement reads it");
                // issue 14: the declarations sort by what is declared, and back
                b.click(b.sortable("declarations:table", "申告項目"));
                b.wait.until(d -> d.findElements(By.cssSelector("#declarations\\:table th[aria-sort='ascending']")).size() == 1);
                java.util.List<String> facts = b.driver.findElements(By.cssSelector("#declarations\\:table tbody tr td:first-child"))
                        .stream().map(org.openqa.selenium.WebElement::getText).toList();
                assertTrue(facts.size() > 1 && facts.get(0).compareTo(facts.get(facts.size() - 1)) <= 0, facts.toString());
                String declarationsCsv = java.nio.file.Files.readString(b.download("#declarations\\:tableCsv"),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(facts.stream().allMatch(declarationsCsv::contains) && declarationsCsv.contains("申告項目")
                        && !declarationsCsv.matches("(?s).*\\b(CONFIRMED|REJECTED|true|false)\\b.*"), declarationsCsv);
                b.open("facility/home.xhtml?code=" + KOFU);
                b.screenshot("facility-admin-home");

                b.open("facility/physicians.xhtml?code=" + KOFU);
                b.type("#physician\\:name", "ブラウザ 医師");
                b.inputNumber("physician:hematologyYears", 4);
                b.click("#physician\\:register");
                b.wait.until(d -> d.findElement(By.id("list:table")).getText().contains("ブラウザ 医師"));
                assertTrue(b.text("body").contains("医師 ブラウザ 医師 を登録しました"));
                // issue 11: the manufacturer's training is not the facility's to record: no such form for it
                assertTrue(b.driver.findElements(By.id("dialogForm:train")).isEmpty(), "no training form");
                b.screenshot("facility-admin-physicians");

                b.open("inbox.xhtml");
                assertTrue(b.text("h2").contains("受信箱"));
                b.type("#settings\\:email", "fadmin1@demo.sitegate.example");
                b.click("#settings\\:saveEmail");
                b.wait.until(d -> d.findElement(By.id("settings")).getText().contains("送信先を保存しました"));
                b.screenshot("facility-admin-inbox");
                // issue 14: the inbox exports the columns shown, severities in words
                String inboxCsv = java.nio.file.Files.readString(b.download("#inbox\\:csv"),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(inboxCsv.contains("日時") && inboxCsv.contains("重要度") && inboxCsv.contains("件名")
                        && inboxCsv.strip().lines().count() > 1 && inboxCsv.contains("未読")
                        && !inboxCsv.matches("(?s).*\\b(INFO|WARNING|CRITICAL)\\b.*"), inboxCsv);

                b.open("facility/physicians.xhtml?code=" + KOFU);
                b.click("#nav\\:en");
                b.wait.until(org.openqa.selenium.support.ui.ExpectedConditions.textToBe(By.tagName("h2"), "Physicians"));
            });
        }
    }

    /**
     * Issue 14: the menus offer a facility's administrator only what the role may open, 施設情報 opens their own
     * facility, refusals and unknown pages are SiteGate's pages in Japanese with a way back, and a button pressed after
     * the session expired leads to the login page, which says why.
     */
    @Test
    void menusErrorPagesAndAnExpiredSession() throws Exception {
        try (Browser b = new Browser()) {
            b.login("fadmin1");
            b.recordingFailures("facility-admin-menus", () -> {
                b.open("inbox.xhtml");
                String source = b.driver.getPageSource();
                assertFalse(source.contains("navMrFacilitiesAdmin"), "no facility list for a facility's administrator");
                assertTrue(source.contains("navOwnFacility"), "施設情報 is offered");
                b.open("facility/home.xhtml?code=" + KOFU);
                assertFalse(b.visibleNow("#briefingLink"), "no 事前説明を記録 for a facility's administrator");
                String own = (String) ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                        "var a = document.querySelector(\"a[id$='navOwnFacility']\"); return a ? a.getAttribute('href') : '';");
                assertTrue(own.contains("code=" + KOFU), "施設情報 opens the administrator's own facility: " + own);

                b.open("mr/facilities.xhtml");
                assertEquals("このページを開く権限がありません", b.text("#errorTitle"));
                assertTrue(b.visibleNow("#home"), "a way back");
                assertFalse(b.driver.getPageSource().contains("Payara"), "not the server's page");
                b.screenshot("error-403");
                b.open("no-such-page.xhtml");
                assertEquals("ページが見つかりません", b.text("#errorTitle"));
                b.screenshot("error-404");

                b.open("inbox.xhtml");
                b.driver.manage().deleteAllCookies(); // the session expires
                b.click("#settings\\:saveEmail");
                b.wait.until(d -> d.getCurrentUrl().contains("login.xhtml"));
                assertTrue(b.text("#login\\:expired").contains("有効期限が切れました"), b.text("body"));
                b.screenshot("login-expired");
            });
        }
    }
}
