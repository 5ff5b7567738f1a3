package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The safety manager's main flow in a real browser (REQUIREMENTS.md §4): add teclistamab (テクベイリ, a product
 * named by the sources) with its real YJ code, compose its first profile from requirement types, and see the
 * distributor's check use it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SafetyManagerBrowserIT {
    static final String TECVAYLI_30MG = "4291475A1023";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void addsAProductWithANewProfileAndTheDistributorCheckUsesIt() throws Exception {
        // the audit search below runs from the day the test's changes began to the day it searches (Japan days: a run
        // across midnight in Japan, 15:00 UTC, has its changes on two days)
        String started = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
        try (Browser b = new Browser()) {
            b.login("safety1");
            b.recordingFailures("safety-manager", () -> {
                b.open("safety/products.xhtml");
                b.type("#product\\:key", "TECVAYLI");
                b.type("#product\\:nameJa", "テクベイリ皮下注");
                b.type("#product\\:nameEn", "Tecvayli");
                b.type("#product\\:genericJa", "テクリスタマブ（遺伝子組換え）");
                b.type("#product\\:genericEn", "teclistamab");
                b.type("#product\\:strengths", TECVAYLI_30MG + " 30mg");
                b.click("#product\\:add");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("list:table"), "テクベイリ皮下注"));

                b.driver.findElement(By.xpath("//tr[td[starts-with(., 'テクベイリ皮下注')]]//a[contains(@id,'compose')]")).click();
                b.visible("#compose");
                b.click("#compose\\:addRequirement");
                b.visible("#compose\\:drafts\\:0\\:rid");
                b.selectOneMenu("compose:newType", "トシリズマブの在庫");
                b.click("#compose\\:addRequirement");
                b.visible("#compose\\:drafts\\:1\\:rid");
                String[][] rows = {
                    {"TEC-FAC-1", "承認条件 施設要件", "ICU又は連携施設のICUで管理できる", "ICU at the facility or a partner"},
                    {"TEC-STK-1", "REQUIREMENTS.md §5", "点滴静注用トシリズマブの在庫", "IV tocilizumab on hand"}};
                for (int i = 0; i < rows.length; i++) {
                    String row = "#compose\\:drafts\\:" + i + "\\:";
                    b.type(row + "rid", rows[i][0]);
                    b.type(row + "clause", rows[i][1]);
                    b.type(row + "titleJa", rows[i][2]);
                    b.type(row + "titleEn", rows[i][3]);
                }
                // issue 14: each requirement type is a form of its parameters, in Japanese; JSON only for experts
                String stock = b.driver.findElement(By.cssSelector("#compose\\:draftsPanel fieldset:nth-of-type(2)"))
                        .getText();
                assertTrue(stock.contains("トシリズマブの在庫量（mg 以上）") && !stock.contains("minMg"), stock);
                b.inputNumber(b.driver.findElement(By.cssSelector(
                        "#compose\\:draftsPanel fieldset:nth-of-type(2) .sg-param-minMg")).getAttribute("id"), 800);
                String icu = b.driver.findElement(By.cssSelector("#compose\\:draftsPanel fieldset:nth-of-type(1)"))
                        .getText();
                assertTrue(icu.contains("認める ICU の区分") && icu.contains("連携施設を認める"), icu);
                b.click("#compose\\:drafts\\:0\\:asJson");
                String json = b.visible("#compose\\:drafts\\:0\\:criteria").getAttribute("value");
                assertTrue(json.contains("\"ICU_ACCESS\"") && json.contains("\"levels\":[1,2,3,4,5,6]"), json);
                b.click("#compose\\:drafts\\:0\\:asForm");
                b.wait.until(d -> d.findElements(By.id("compose:drafts:0:criteria")).isEmpty());
                b.type("#compose\\:source", "テクベイリ 最適使用推進ガイドライン（安全管理責任者が作成）");
                b.screenshot("safety-manager-compose");
                b.click("#compose\\:save");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                        "第1版を下書きとして保存しました"));
                String saved = b.driver.findElement(By.id("versions")).getAttribute("textContent");
                assertTrue(saved.contains("トシリズマブの在庫量（mg 以上）: 800") && !saved.contains("\"type\""),
                        "the version reads its conditions in words, with the value typed in the form: " + saved);
                b.screenshot("safety-manager-profile");
            });
        }
        // issue 11: the draft is in force only once another safety manager of 中外製薬 approves it
        try (Browser b = new Browser()) {
            b.login("safety1b");
            b.recordingFailures("safety-manager-approval", () -> {
                b.open("safety/profile.xhtml?product=TECVAYLI");
                b.click("#versions .ui-accordion-header");
                b.click("[id$='approval:impact']");
                b.wait.until(d -> d.findElement(By.cssSelector("[id$='approval:impactResult']")).isDisplayed());
                b.click("[id$='approval:approve']");
                b.click(".ui-confirmdialog-yes");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.tagName("body"),
                        "第1版を承認しました"));

                b.open("check.xhtml");
                b.typeAutoComplete("check:facility", "1912110952");
                b.selectOneMenu("check:product", TECVAYLI_30MG);
                b.click("#check\\:submit");
                assertEquals("納入可", b.text("#check\\:decision"));
                String findings = b.text("#check\\:findings");
                assertTrue(findings.contains("TEC-FAC-1") && findings.contains("TEC-STK-1"), findings);
                b.screenshot("safety-manager-distributor-check");

                // issue 14: the dashboard charts the statuses per product over time, and a count opens its facilities
                b.open("safety/dashboard.xhtml");
                assertTrue(b.text("#trendTitle").contains("判定状況の推移"));
                assertTrue(b.driver.findElements(By.cssSelector(".sg-chart canvas")).size() >= 1, "a chart drawn");
                String count = b.text("#statuses\\:0\\:eligibleCount");
                b.screenshotDesktopAndTablet("safety-manager-dashboard");
                // issue 14: the recent decisions export the columns shown, statuses in words
                String decisionsCsv = java.nio.file.Files.readString(b.download("#recent\\:csv"),
                        java.nio.charset.StandardCharsets.UTF_8);
                java.util.regex.Matcher total = java.util.regex.Pattern.compile("([0-9,]+) 件中")
                        .matcher(b.text("#recent\\:table"));
                long shown = total.find() ? Long.parseLong(total.group(1).replace(",", "")) : 0;
                assertTrue(decisionsCsv.contains("判定日時") && decisionsCsv.strip().lines().count() == 1 + shown
                        && !decisionsCsv.matches("(?s).*\\b(ELIGIBLE|FLAGGED|NOT_ELIGIBLE)\\b.*"),
                        "the " + shown + " decisions shown, in words: " + decisionsCsv);
                b.click("#statuses\\:0\\:eligibleCount");
                b.wait.until(d -> d.getCurrentUrl().contains("mr/facilities.xhtml"));
                String listed = b.text("#list\\:table");
                assertTrue("0".equals(count) ? listed.contains("該当する医療機関はありません") : listed.contains("納入可"),
                        count + " eligible: " + listed);
                assertTrue("0".equals(count) || listed.contains(count + " 件中"), "exactly the " + count
                        + " facilities counted: " + listed);
                b.screenshot("safety-manager-drilldown");
                b.open("safety/audit.xhtml");
                b.click("#audit\\:verify");
                b.wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("audit:verification"),
                        "改ざんはありません"));
                assertTrue(b.text("#audit\\:table").contains("safety1"), "the safety manager's own changes are there");
                // issue 14: the trail reads oldest first when sorted by time, newest first again on the second click
                b.click(b.sortable("audit:table", "日時"));
                b.wait.until(d -> Browser.ordered(b.column("audit:table", 1), true));
                b.click(b.sortable("audit:table", "日時"));
                b.wait.until(d -> Browser.ordered(b.column("audit:table", 1), false));
                // issue 14: entities by their Japanese names, a date range typed, and what changed, readably
                b.selectOneMenu("audit:entity", "要件プロファイルの版");
                String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).toString();
                b.date("audit:from", started);
                b.date("audit:to", today);
                b.click("#audit\\:search");
                b.wait.until(d -> {
                    String t = d.findElement(By.id("audit:table")).getText();
                    return t.contains("要件プロファイルの版") && t.contains("追加") && !t.contains("RequirementProfile")
                            && !t.contains("医療機関 #");
                });
                // issue 14: the filtered trail as xlsx, with the table's columns in words
                java.nio.file.Path xlsx = b.download("#audit\\:xlsx");
                assertEquals("sitegate-audit.xlsx", xlsx.getFileName().toString());
                try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(xlsx.toFile())) {
                    StringBuilder cells = new StringBuilder();
                    for (String entry : java.util.List.of("xl/sharedStrings.xml", "xl/worksheets/sheet1.xml")) {
                        if (zip.getEntry(entry) != null) {
                            cells.append(new String(zip.getInputStream(zip.getEntry(entry)).readAllBytes(),
                                    java.nio.charset.StandardCharsets.UTF_8));
                        }
                    }
                    assertTrue(cells.toString().contains("要件プロファイルの版") && cells.toString().contains("日時")
                            && !cells.toString().contains("RequirementProfile") && cells.toString().contains("適用開始日")
                            && !cells.toString().contains("effectiveFrom"), "the entity and fields in words: " + cells);
                }
                b.click("#audit\\:table .ui-row-toggler");
                String expanded = b.textContaining("#audit\\:table .ui-expanded-row-content", "変更後");
                assertTrue(expanded.contains("項目") && expanded.contains("変更前") && expanded.lines().count() > 1,
                        "the event's changed values, field by field: " + expanded);
                // issue 14: fields by their labels and values in words (AuditValues), not as stored
                assertTrue(expanded.matches("(?s).*(適用開始日|状況|承認者|版).*") && expanded.contains("（なし）")
                        && !expanded.matches("(?s).*\\b[a-z]+[A-Z][A-Za-z]*\\b.*")
                        && !expanded.matches("(?s).*\\b(APPROVED|DRAFT|EVERY_DELIVERY|FIRST_DELIVERY_ONLY|PER_PATIENT|true|false)\\b.*"),
                        "fields and values in words: " + expanded);
                b.screenshot("safety-manager-audit");
            });
        }
    }

    /** Issue 14: before saving, the composer shows what the new version changes against the version in force. */
    @Test
    void theComposerShowsItsDiffAgainstTheVersionInForce() throws Exception {
        try (Browser b = new Browser()) {
            b.login("safety1");
            b.recordingFailures("safety-manager-diff", () -> {
                b.open("safety/profile.xhtml?product=LUNSUMIO");
                b.click("#compose\\:fromLatest");
                b.visible("#compose\\:drafts\\:0\\:rid");
                String changed = b.driver.findElement(By.id("compose:drafts:0:rid")).getAttribute("value");
                b.type("#compose\\:drafts\\:0\\:titleJa", "見直した施設要件");
                b.click("#compose\\:compare");
                String diff = b.textContaining("#compose\\:diff", "見直した施設要件");
                assertTrue(b.driver.findElement(By.xpath("//*[@id='compose:diff']//tr[td[text()='" + changed + "']]"))
                        .getText().contains("変更"), diff);
                assertTrue(diff.contains("変更なし"), "the other requirements are unchanged: " + diff);
                b.screenshot("safety-manager-diff");
            });
        }
    }
}
