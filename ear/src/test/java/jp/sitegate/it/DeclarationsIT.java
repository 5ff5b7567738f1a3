package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 11 (REQUIREMENTS.md §8), declarations and confirmations through the API: a fact the facility declares counts
 * under the profiles of 2026-12-02 (verification CONFIRMED) only once a manufacturer's MR or safety manager confirmed
 * it, per manufacturer; a changed declaration is unconfirmed again; the evidence is an uploaded document checked by its
 * content (refused with the field named and nothing stored) and/or a site-visit note. 山梨県立中央病院 (1910112398)
 * declares every capability, and no manufacturer confirmed its 24-hour contact or same-day results in the demo; the
 * scenario leaves its 24-hour contact unconfirmed again, as the demo has it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DeclarationsIT {
    static final String KOFU = "1910114451";
    /** 山梨県立中央病院: declares every capability; 中外製薬 confirmed only its 24-hour care (V1006). */
    static final String CHUO = "1910112398";
    static final String LUNSUMIO = GateIT.LUNSUMIO;
    static final String IMDELLTRA = AuthorizationMatrixIT.IMDELLTRA;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    private static JsonObject finding(String code, String yj, String requirement) {
        Api.Reply r = Api.getAs("safety1", "api/v1/facilities/" + code + "/eligibility?product=" + yj);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonArray("findings").stream().map(JsonValue::asJsonObject)
                .filter(f -> requirement.equals(f.getString("requirementId"))).findFirst()
                .orElseThrow(() -> new AssertionError(requirement + " not in " + r.body()));
    }

    /** @return the current declaration of {@code fact} at the facility, as 中外製薬's safety manager reads it */
    private static JsonObject declaration(String code, String fact) {
        Api.Reply r = Api.getAs("safety1", "api/v1/facilities/" + code + "/declarations");
        assertEquals(200, r.status(), r.body());
        return r.parse().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(d -> fact.equals(d.getString("fact"))).findFirst()
                .orElseThrow(() -> new AssertionError(fact + " not declared: " + r.body()));
    }

    private static Api.Reply declare(String code, String fact, String valueJson) {
        return Api.postAs(code.equals(KOFU) ? "fadmin1" : "fadmin3", "api/v1/facilities/" + code
                + "/declarations", "{\"fact\":\"" + fact + "\",\"value\":" + valueJson + "}");
    }

    private static String confirmation(String code, long id) {
        return "api/v1/facilities/" + code + "/declarations/" + id + "/confirmation";
    }

    @Test
    void aDeclaredCapabilityIsUnknownUntilTheManufacturerConfirmsItAndAgainOnceChanged() {
        JsonObject before = finding(CHUO, LUNSUMIO, "LUN-FAC-2");
        assertEquals("UNKNOWN", before.getString("status"), before.toString());
        assertTrue(before.toString().contains("確認待ち"), before.toString());
        long id = declaration(CHUO, "CONTACT_24H").getJsonNumber("id").longValue();

        // BMS is not tied to 1910112398; a distributor and the facility itself never confirm
        assertEquals(403, Api.postAs("mr2", confirmation(CHUO, id), "{\"decision\":\"CONFIRMED\",\"seenOn\":\"2026-11-30\","
                + "\"note\":\"x\"}").status());
        assertEquals(403, Api.postAs("dist1", confirmation(CHUO, id), "{\"decision\":\"CONFIRMED\"}").status());
        assertEquals(403, Api.postAs("fadmin3", confirmation(CHUO, id), "{\"decision\":\"CONFIRMED\"}").status());
        GateIT.assertProblem(Api.postAs("mr1", confirmation(CHUO, id), "{\"decision\":\"MAYBE\",\"seenOn\":\"2026-11-30\","
                + "\"note\":\"x\"}"), 400, "decision");
        GateIT.assertProblem(Api.postAs("mr1", confirmation(CHUO, id), "{\"decision\":\"CONFIRMED\",\"seenOn\":\"2099-01-01\","
                + "\"note\":\"x\"}"), 400, "seenOn");
        GateIT.assertProblem(Api.postAs("mr1", confirmation(CHUO, id), "{\"decision\":\"CONFIRMED\",\"seenOn\":\"2026-11-30\"}"),
                400, "evidence");
        assertEquals("UNKNOWN", finding(CHUO, LUNSUMIO, "LUN-FAC-2").getString("status"), "nothing stored by refusals");

        Api.Reply confirmed = Api.postAs("mr1", confirmation(CHUO, id), "{\"decision\":\"CONFIRMED\",\"seenOn\":"
                + "\"2026-11-30\",\"note\":\"訪問時に24時間連絡体制の当番表を確認\"}");
        assertEquals(200, confirmed.status(), confirmed.body());
        JsonObject decision = confirmed.json().getJsonArray("confirmations").getJsonObject(0);
        assertEquals("CONFIRMED", decision.getString("decision"));
        assertTrue(decision.getString("decidedBy").contains("mr1"), decision.toString());
        assertEquals("中外製薬株式会社", decision.getString("organisationName"));
        JsonObject met = finding(CHUO, LUNSUMIO, "LUN-FAC-2");
        assertEquals("MET", met.getString("status"), met.toString());
        assertTrue(met.toString().contains("confirmed by") && met.toString().contains("mr1"),
                "the evidence names who confirmed: " + met);

        // a changed declaration is a new, unconfirmed one; the old one can no longer be confirmed
        assertEquals(201, declare(CHUO, "CONTACT_24H", "false").status());
        assertEquals("NOT_MET", finding(CHUO, LUNSUMIO, "LUN-FAC-2").getString("status"), "declared absent");
        Api.Reply again = declare(CHUO, "CONTACT_24H", "true");
        assertEquals(201, again.status(), again.body());
        long newId = again.json().getJsonNumber("id").longValue();
        assertTrue(newId != id);
        assertEquals(0, again.json().getJsonArray("confirmations").size());
        assertEquals("UNKNOWN", finding(CHUO, LUNSUMIO, "LUN-FAC-2").getString("status"));
        GateIT.assertProblem(Api.postAs("mr1", confirmation(CHUO, id), "{\"decision\":\"CONFIRMED\",\"seenOn\":"
                + "\"2026-11-30\",\"note\":\"x\"}"), 409, "declarationId");
        // the same value again keeps the declaration
        assertEquals(newId, declare(CHUO, "CONTACT_24H", "true").json().getJsonNumber("id").longValue());
        GateIT.assertProblem(declare(CHUO, "UNKNOWN_FACT", "true"), 400, "fact");
        GateIT.assertProblem(declare(CHUO, "CONTACT_24H", "\"maybe\""), 400, "value");
        assertEquals(403, Api.postAs("mr1", "api/v1/facilities/" + CHUO + "/declarations",
                "{\"fact\":\"CONTACT_24H\",\"value\":true}").status(), "an MR does not declare for the facility");
    }

    @Test
    void aConfirmationCountsForTheConfirmingManufacturersProductsOnly() {
        long id = declaration(CHUO, "SAME_DAY_LAB_RESULTS").getJsonNumber("id").longValue();
        Api.Reply r = Api.postAs("safety1", confirmation(CHUO, id), "{\"decision\":\"CONFIRMED\",\"seenOn\":\"2026-11-30\","
                + "\"note\":\"検査部の当日報告体制を確認\"}");
        assertEquals(200, r.status(), r.body());
        // 中外製薬 confirmed it: Imdelltra (Amgen's) still waits for its own manufacturer's confirmation
        JsonObject imd = finding(CHUO, IMDELLTRA, "IMD-FAC-1");
        assertEquals("UNKNOWN", imd.getString("status"), imd.toString());
        assertTrue(imd.toString().contains("確認待ち"), imd.toString());
        assertTrue(imd.toString().contains("another manufacturer"), imd.toString());
    }

    private static byte[] png() throws Exception {
        BufferedImage img = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(img, "png", out);
        return out.toByteArray();
    }

    /** A one-page PDF whose OpenAction runs JavaScript (written by hand; PDFBox reads it leniently). */
    static byte[] pdfWithJavaScript() {
        return ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R /OpenAction 4 0 R >> endobj\n"
                + "2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n"
                + "3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 10 10] >> endobj\n"
                + "4 0 obj << /S /JavaScript /JS (app.alert\\(1\\)) >> endobj\n"
                + "trailer << /Root 1 0 R >>\n%%EOF\n").getBytes(StandardCharsets.US_ASCII);
    }

    @Test
    void theEvidenceIsADocumentCheckedByItsContentStoredWithItsDigestAndOnlyDownloaded() throws Exception {
        // 1910114451 had not declared an information-management officer (ABE-INF-1): it does now
        Api.Reply declared = declare(KOFU, "INFORMATION_MANAGER", "true");
        assertEquals(201, declared.status(), declared.body());
        long id = declared.json().getJsonNumber("id").longValue();
        int decisions = declared.json().getJsonArray("confirmations").size();
        Map<String, String> fields = Map.of("decision", "CONFIRMED", "seenOn", "2026-11-30");
        byte[] tooLarge = new byte[10 * 1024 * 1024 + 1];
        System.arraycopy("%PDF-1.4\n".getBytes(StandardCharsets.US_ASCII), 0, tooLarge, 0, 9);
        long audit = BadInputIT.auditEvents();
        for (Object[] bad : List.of(new Object[] {"report.pdf", "application/pdf", "これはPDFではありません".getBytes(
                StandardCharsets.UTF_8)}, new Object[] {"big.pdf", "application/pdf", tooLarge},
                new Object[] {"empty.pdf", "application/pdf", new byte[0]},
                new Object[] {"script.pdf", "application/pdf", pdfWithJavaScript()})) {
            Api.Reply refused = Api.multipartAs("mr1", confirmation(KOFU, id), fields, (String) bad[0], (String) bad[1],
                    (byte[]) bad[2]);
            GateIT.assertProblem(refused, 400, "evidence");
        }
        assertEquals(audit, BadInputIT.auditEvents(), "nothing stored by the refused uploads");
        assertEquals(decisions, declaration(KOFU, "INFORMATION_MANAGER").getJsonArray("confirmations").size());

        byte[] png = png();
        Api.Reply ok = Api.multipartAs("mr1", confirmation(KOFU, id), fields, "当直表.png", "image/png", png);
        assertEquals(200, ok.status(), ok.body());
        JsonObject decision = ok.json().getJsonArray("confirmations").getJsonObject(decisions);
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png));
        assertEquals(sha, decision.getString("documentSha256"));
        assertEquals("当直表.png", decision.getString("documentName"));
        long doc = decision.getJsonNumber("documentId").longValue();

        Api.Reply download = Api.getAs("mr1", "api/v1/facilities/" + KOFU + "/evidence/" + doc);
        assertEquals(200, download.status(), download.body());
        String disposition = download.headers().firstValue("Content-Disposition").orElse("");
        assertTrue(disposition.startsWith("attachment"), "never inline: " + disposition);
        assertEquals("nosniff", download.headers().firstValue("X-Content-Type-Options").orElse(""));
        // one policy: the site's and the download's sandbox, both in force
        java.util.List<String> policies = download.headers().allValues("Content-Security-Policy");
        assertEquals(1, policies.size(), policies.toString());
        assertTrue(policies.get(0).contains("sandbox") && policies.get(0).contains("default-src 'self'"), policies.get(0));
        assertEquals(sha, download.headers().firstValue("X-SiteGate-SHA256").orElse(""));
        assertEquals(200, Api.getAs("fadmin1", "api/v1/facilities/" + KOFU + "/evidence/" + doc).status());
        assertEquals(403, Api.getAs("mr2", "api/v1/facilities/" + KOFU + "/evidence/" + doc).status());
        assertEquals(403, Api.getAs("dist1", "api/v1/facilities/" + KOFU + "/evidence/" + doc).status());
        assertEquals(404, Api.getAs("fadmin2", "api/v1/facilities/1912110952/evidence/" + doc).status(),
                "not a document of 1912110952");
        assertFalse(Api.getAs("fadmin1", "api/v1/facilities/" + KOFU + "/declarations").body().contains("\"content\""),
                "the bytes are never in a listing");
        java.net.http.HttpResponse<byte[]> raw = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(Api.BASE + "api/v1/facilities/" + KOFU
                        + "/evidence/" + doc)).header("Authorization", Api.basic("mr1", Api.DEMO_PASSWORD)).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertArrayEquals(png, raw.body(), "the document as uploaded");
    }
}
