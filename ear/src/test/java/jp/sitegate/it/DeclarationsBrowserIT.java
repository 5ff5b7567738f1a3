package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Issue 11 (REQUIREMENTS.md §8) on the facility page, in Japanese: the facility's administrator sees its declarations
 * 「確認待ち」 and cannot confirm them; 中外製薬's MR confirms one with a site-visit note and an uploaded image, and the
 * decision is listed with the document to download. 市立甲府病院 declares an apheresis team for it (it had not
 * declared one: no other test reads it).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeclarationsBrowserIT {
    static final String KOFU = DeclarationsIT.KOFU;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    private static JsonObject apheresisTeam() {
        return Api.getAs("fadmin1", "api/v1/facilities/" + KOFU + "/declarations").parse().asJsonArray().stream()
                .map(JsonValue::asJsonObject).filter(d -> "APHERESIS_TEAM".equals(d.getString("fact"))).findFirst()
                .orElseThrow();
    }

    @Test
    void theMrConfirmsADeclarationWithANoteAndADocumentOnTheFacilityPage() throws Exception {
        Api.Reply declared = Api.postAs("fadmin1", "api/v1/facilities/" + KOFU + "/declarations",
                "{\"fact\":\"APHERESIS_TEAM\",\"value\":true}");
        assertEquals(201, declared.status(), declared.body());
        int before = apheresisTeam().getJsonArray("confirmations").size();
        Path image = Files.createTempFile("体制表", ".png");
        ImageIO.write(new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB), "png", image.toFile());

        try (Browser b = new Browser()) {
            b.login("fadmin1");
            b.recordingFailures("declarations-facility", () -> {
                b.open("facility/home.xhtml?tab=declarations&code=" + KOFU);
                String table = b.text("#declarations\\:table");
                assertTrue(table.contains("アフェレーシス担当スタッフ"), table);
                assertTrue(table.contains("確認待ち"), table);
                assertFalse(b.driver.getPageSource().contains("declarations:table:0:decide"),
                        "the facility does not confirm its own declarations");
            });
        }
        try (Browser b = new Browser()) {
            b.login("mr1");
            b.recordingFailures("declarations-mr", () -> {
                b.open("facility/home.xhtml?tab=declarations&code=" + KOFU);
                b.visible("#declarations\\:table");
                b.driver.findElement(By.xpath("//tbody[@id='declarations:table_data']/tr[td[contains(., "
                        + "'アフェレーシス担当スタッフ')]]//button")).click();
                b.visible("#declarations\\:decisionDialog");
                b.type("#declarations\\:note", "訪問時にアフェレーシス担当者の名簿を確認");
                b.driver.findElement(By.id("declarations:evidence_input")).sendKeys(image.toString());
                b.click("#declarations\\:submitDecision");
                b.wait.until(d -> d.findElement(By.tagName("body")).getText().contains("申告を確認しました"));
                String table = b.text("#declarations\\:table");
                assertTrue(table.contains("確認済み") && table.contains("中外製薬株式会社"), table);
                assertTrue(table.contains(image.getFileName().toString()), "the document is listed: " + table);
                ((org.openqa.selenium.JavascriptExecutor) b.driver).executeScript(
                        "document.getElementById('declarations').scrollIntoView();");
                b.screenshot("facility-declarations");
            });
        }
        JsonObject after = apheresisTeam();
        assertEquals(before + 1, after.getJsonArray("confirmations").size());
        JsonObject decision = after.getJsonArray("confirmations").getJsonObject(before);
        assertEquals("CONFIRMED", decision.getString("decision"));
        assertTrue(decision.getString("decidedBy").contains("mr1"), decision.toString());
        assertEquals("訪問時にアフェレーシス担当者の名簿を確認", decision.getString("note"));
        assertTrue(decision.containsKey("documentId") && !decision.isNull("documentId"),
                "the image was uploaded: " + decision);
        Files.deleteIfExists(image);
    }
}
