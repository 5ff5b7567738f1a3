package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The MR's main flow in a real browser: 山梨県立中央病院 was briefed online without a visit restriction, so
 * LUN-BRF-1..4 are open; the MR finds it in the list, records an in-person briefing with the wizard (which shows
 * that it is complete before saving) and sees the briefing gaps close on the facility page.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class MrBrowserIT {
    static final String CHUO = "1910112398";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void recordsABriefingAndSeesTheGapClose() throws Exception {
        try (Browser b = new Browser()) {
            b.login("mr1");
            b.recordingFailures("mr", () -> {
                b.open("facility/home.xhtml?code=" + CHUO);
                assertTrue(b.text("body").contains("LUN-BRF-2"), "the online briefing leaves LUN-BRF-2 open");
                // issue 14: the MR reads the facility's declarations; only the facility declares
                b.open("facility/home.xhtml?tab=declarations&code=" + CHUO);
                assertTrue(b.text("#profile\\:readOnly").contains("閲覧のみ"));
                assertFalse(b.visibleNow("#profile\\:save"), "no save button for the MR");

                b.open("mr/facilities.xhtml");
                // issue 14: the MR lands on their assigned facilities (担当施設), each with its stored status
                String landing = b.text("#list\\:table");
                assertTrue(landing.contains("山梨大学医学部附属病院") && landing.contains("市立甲府病院")
                        && landing.contains(CHUO) && landing.contains("納入可") && landing.contains("納入不可"), landing);
                assertTrue(b.text("#list").contains("担当施設のみ"));
                assertTrue(b.visibleNow("#list\\:csv") && b.visibleNow("#list\\:xlsx"), "the list exports");
                // issue 14: sorted by the database, by code descending on the second click
                b.click(b.sortable("list:table", "医療機関コード"));
                b.wait.until(d -> Browser.ordered(b.column("list:table", 1), true));
                b.click(b.sortable("list:table", "医療機関コード"));
                b.wait.until(d -> Browser.ordered(b.column("list:table", 1), false));
                for (int[] size : new int[][] {{1024, 768}, {390, 844}}) {
                    b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(size[0], size[1]));
                    b.screenshot("mr-facilities-" + (size[0] == 1024 ? "tablet" : "phone"));
                }
                b.driver.manage().window().setSize(new org.openqa.selenium.Dimension(1400, 1000));
                b.selectOneMenu("list:prefecture", "19 山梨県");
                b.selectOneMenu("list:status", "ルンスミオ点滴静注: 納入可");
                b.click("#list\\:search");
                b.wait.until(d -> {
                    String t = d.findElement(By.id("list:table")).getText();
                    return t.contains("1912110952") && !t.contains(CHUO);
                });
                b.selectOneMenu("list:status", "すべて");
                b.type("#list\\:query", CHUO);
                b.click("#list\\:search");
                b.wait.until(d -> {
                    String t = d.findElement(By.id("list:table")).getText();
                    return t.contains("山梨県立中央病院") && !t.contains("1912110952");
                });
                assertTrue(b.text("#list\\:table").contains("納入不可"));
                b.screenshot("mr-facilities");
                b.driver.findElement(By.xpath("//tr[td//a[text()='" + CHUO + "']]//a[text()='事前説明を記録']")).click();

                b.visible("#wizardForm");
                // issue 14: a step with a field missing says so in words, not only with a red border
                b.click(".ui-wizard-nav-next");
                assertTrue(b.textContaining("#wizardForm\\:basicsMessages", "製品を選択").length() > 0);
                b.selectOneMenu("wizardForm:product", "4291476A2024");
                // the MR on the briefing is the signed-in MR (issue 10): shown, not typed
                assertTrue(b.text("#wizardForm\\:mrName").contains("デモ MR（中外製薬）"));
                b.click(".ui-wizard-nav-next");

                List<WebElement> counts = b.wait.until(ExpectedConditions
                        .visibilityOfAllElementsLocatedBy(By.cssSelector("input[id$=':count_input']")));
                for (int i = 0; i < 3; i++) {
                    counts.get(i).clear();
                    counts.get(i).sendKeys("2");
                }
                b.click(".ui-wizard-nav-next");

                b.visible("#wizardForm\\:materialsBox");
                for (WebElement box : b.driver.findElements(
                        By.cssSelector("#wizardForm\\:materialsBox .ui-chkbox-box, #wizardForm\\:requestsBox .ui-chkbox-box"))) {
                    box.click();
                }
                b.click(".ui-wizard-nav-next");

                String preview = b.text("#wizardForm\\:previewStatus");
                assertTrue(preview.startsWith("完了"), preview);
                b.screenshot("mr-briefing-wizard");
                b.click("#wizardForm\\:save");

                b.wait.until(ExpectedConditions.urlContains("facility/home.xhtml"));
                String page = b.text("body");
                assertTrue(page.contains("事前説明を保存しました（完了）"), page);
                assertFalse(page.contains("LUN-BRF-2 ["), "the briefing gap is closed");
                b.click("#tabs a[href*='tab=briefings']");
                assertTrue(b.text("#briefingsForm\\:briefings").contains("デモ MR（中外製薬）"),
                        "the signed-in MR is on the briefing");
                // issue 14: the briefing history exports the columns shown, in words
                String briefingsCsv = java.nio.file.Files.readString(b.download("#briefingsForm\\:briefingsCsv"),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(briefingsCsv.contains("デモ MR（中外製薬）") && briefingsCsv.contains("説明方法")
                        && !briefingsCsv.contains("IN_PERSON") && !briefingsCsv.contains("ONLINE"), briefingsCsv);
                b.screenshot("mr-facility-after-briefing");

                // issue 14: the open confirmations sort by their columns and export what is shown
                b.open("mr/confirmations.xhtml");
                b.click("#open th.ui-sortable-column");
                b.wait.until(d -> d.findElements(By.cssSelector("#open th[aria-sort='ascending']")).size() == 1);
                String csv = java.nio.file.Files.readString(b.download("#openCsv"),
                        java.nio.charset.StandardCharsets.UTF_8);
                assertTrue(csv.lines().findFirst().orElse("").contains("医療機関"), csv);
            });
        }
    }
}
