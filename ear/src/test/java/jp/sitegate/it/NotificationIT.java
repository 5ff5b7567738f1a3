package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 5 through the running server: a stock movement drops 山梨大学医学部附属病院 below the Lunsumio minimum
 * (LUN-FAC-4); the status history records it; the MR, the facility administrator, the safety manager and a
 * distributor that checked the facility find it in their inboxes; e-mails reach the SMTP server this test starts
 * (GreenMail on 127.0.0.1:3025, the address failsafe gives the server); the distributor's webhook receives a call
 * whose HMAC-SHA256 signature verifies, and the delivery log shows it. The stock is restored at the end.
 */
@ExtendWith(ArquillianExtension.class)
class NotificationIT {
    static final String UNIV = "1912110952";
    static final String LUNSUMIO = "4291476A1028";
    static final String SECRET = "it-webhook-secret-0123456789";
    static final Duration PATIENCE = Duration.ofSeconds(90);

    static GreenMail smtp;
    static HttpServer receiver;
    static final List<Map.Entry<String, String>> CALLS = new CopyOnWriteArrayList<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @BeforeAll
    static void servers() throws Exception {
        smtp = new GreenMail(new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            CALLS.add(Map.entry(String.valueOf(exchange.getRequestHeaders().getFirst("X-SiteGate-Signature")),
                    new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterAll
    static void stop() {
        receiver.stop(0);
        smtp.stop();
    }

    @Test
    void aStockDropIsRecordedAndEveryoneConcernedIsToldByInboxEmailAndSignedWebhook() throws Exception {
        // a distributor of its own: checks the facility (so it serves it) and subscribes a webhook
        // a distributor of its own organisation (issue 10), so its webhooks are nobody else's
        Api.Reply org = Api.postAs("admin1", "api/v1/organisations",
                "{\"kind\":\"DISTRIBUTOR\",\"nameJa\":\"通知テスト卸株式会社\"}");
        assertEquals(201, org.status(), org.body());
        Api.Reply created = Api.postAs("admin1", "api/v1/users", "{\"username\":\"dist-notify\",\"displayName\":"
                + "\"通知テスト卸\",\"password\":\"" + Api.DEMO_PASSWORD + "\",\"roles\":[\"DISTRIBUTOR\"],"
                + "\"organisationId\":" + org.json().getJsonNumber("id").longValue() + "}");
        assertEquals(201, created.status(), created.body());
        for (String user : List.of("dist-notify", "mr1", "fadmin2", "safety1")) {
            Api.Reply email = put(user, "api/v1/me/email", "{\"email\":\"" + user + "@it.sitegate.example\"}");
            assertEquals(204, email.status(), email.body());
        }
        Api.Reply badUrl = Api.postAs("dist-notify", "api/v1/webhooks", "{\"url\":\"ftp://example.jp/x\"}");
        assertEquals(400, badUrl.status(), badUrl.body());
        assertTrue(badUrl.body().contains("url"), badUrl.body());
        Api.Reply hook = Api.postAs("dist-notify", "api/v1/webhooks", "{\"url\":\"http://127.0.0.1:"
                + receiver.getAddress().getPort() + "/hook\",\"secret\":\"" + SECRET + "\"}");
        assertEquals(201, hook.status(), hook.body());
        long hookId = hook.json().getJsonNumber("id").longValue();
        JsonObject before = Api.getAs("dist-notify", "api/v1/facilities/" + UNIV + "/eligibility?product=" + LUNSUMIO)
                .json();
        assertEquals("ELIGIBLE", before.getString("decision"), "precondition: " + before);
        // issue 13: the expectation is set by the test, not read from the server — one delivery releases Lunsumio's
        // first-delivery restriction (RMP (4)), so a requirement failing later makes the facility FLAGGED
        Api.Reply delivery = Api.postAs("dist1", "api/v1/shipments", ShipmentIT.body(UNIV, LUNSUMIO, 1,
                "NotificationIT-" + java.util.UUID.randomUUID()), "Idempotency-Key", java.util.UUID.randomUUID().toString());
        assertEquals(201, delivery.status(), delivery.body());
        String expected = "FLAGGED";

        // one vial in (the facility is tracked from here), then enough out to fall below 1,600 mg
        assertEquals(201, move("RECEIVED", 1).status());
        long onHand = Api.getAs("fadmin2", "api/v1/facilities/" + UNIV + "/stock").json()
                .getJsonNumber("onHandMg").longValue();
        int out = (int) ((onHand - 1600) / 400) + 1;
        Api.Reply used = move("USED", out);
        assertEquals(201, used.status(), used.body());
        try {
            afterTheStockFell(expected, hookId, used);
        } finally {
            // restore the stock whatever failed: eligible again, and the facility's people are told that too
            assertEquals(201, move("RECEIVED", out).status());
        }
        assertEquals("ELIGIBLE", Api.getAs("dist-notify", "api/v1/facilities/" + UNIV + "/eligibility?product="
                + LUNSUMIO).json().getString("status"));
        assertTrue(Api.getAs("fadmin2", "api/v1/inbox?size=50").body().contains("Lunsumio: " + words(expected)
                + " → Eligible"));
    }

    /**
     * Issue 14: a FLAGGED facility reads 要確認 — not 納入可 — on the distributor's check page and in a batch, with the
     * same words and counts apart.
     */
    private static void flaggedInTheBrowser() throws Exception {
        try (Browser b = new Browser()) {
            b.recordingFailures("flagged", () -> {
                b.login("dist1");
                b.open("check.xhtml");
                b.typeAutoComplete("check:facility", UNIV);
                b.selectOneMenu("check:product", LUNSUMIO);
                b.click("#check\\:submit");
                assertEquals("要確認", b.text("#check\\:decision"));
                assertTrue(b.text("#check\\:flagged").contains("要件を満たしていません"), b.text("#check\\:flagged"));
                b.screenshot("distributor-check-flagged");
                java.nio.file.Path csv = java.nio.file.Files.createTempFile("orders", ".csv");
                java.nio.file.Files.writeString(csv, "医療機関コード,YJコード,数量,注文番号\n" + UNIV + "," + LUNSUMIO
                        + ",1,PO-F\n", java.nio.charset.StandardCharsets.UTF_8);
                b.open("distributor/batch.xhtml");
                b.driver.findElement(org.openqa.selenium.By.cssSelector("#batch input[type=file]"))
                        .sendKeys(csv.toString());
                b.click("#batch\\:submit");
                assertTrue(b.textContaining("#resultsForm\\:countFlagged", "要確認").endsWith("1"),
                        b.text("#resultsForm\\:countFlagged"));
                assertTrue(b.text("#resultsForm\\:countEligible").endsWith("0"), b.text("#resultsForm\\:countEligible"));
                assertTrue(b.text("#resultsForm\\:results").contains("要確認"), b.text("#resultsForm\\:results"));
                b.screenshot("distributor-batch-flagged");
            });
        }
    }

    private void afterTheStockFell(String expected, long hookId, Api.Reply used) throws Exception {
        assertTrue(used.json().getJsonNumber("onHandMg").longValue() < 1600, used.body());

        JsonObject change = Api.getAs("fadmin2", "api/v1/facilities/" + UNIV + "/status-history").parse()
                .asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(c -> c.getString("product").equals("LUNSUMIO")).findFirst().orElseThrow();
        assertEquals(expected, change.getString("toStatus"), change.toString());
        assertTrue(change.getString("cause").contains("使用") && change.getString("cause").contains("used"), change.toString());
        assertTrue(change.getJsonArray("findingsChanged").toString().contains("LUN-FAC-4"), change.toString());
        JsonObject now = Api.getAs("dist-notify", "api/v1/facilities/" + UNIV + "/eligibility?product=" + LUNSUMIO)
                .json();
        assertEquals(expected, now.getString("status"), "the gate's answer carries the status: " + now);
        flaggedInTheBrowser();

        // issue 14: the subject names the product and the statuses in words (no enum names), here its English part
        String subjectPart = "Lunsumio: Eligible → " + words(expected);
        for (String user : List.of("mr1", "fadmin2", "safety1", "dist-notify")) {
            String inbox = Api.getAs(user, "api/v1/inbox?size=50").body();
            assertTrue(inbox.contains(subjectPart), user + "'s inbox has the change: " + inbox);
            await("an e-mail to " + user, () -> mails(user + "@it.sitegate.example", subjectPart) == 1);
        }
        await("the webhook call", () -> CALLS.stream().anyMatch(c -> c.getValue().contains("\"to\":\"" + expected)));
        Map.Entry<String, String> call = CALLS.stream().filter(c -> c.getValue().contains("\"to\":\"" + expected))
                .findFirst().orElseThrow();
        assertEquals(hmac(SECRET, call.getValue()), call.getKey(), "X-SiteGate-Signature verifies");
        assertTrue(call.getValue().contains("\"facilityCode\":\"" + UNIV + "\""), call.getValue());
        await("the delivery log", () -> Api.getAs("dist-notify", "api/v1/webhooks/" + hookId + "/deliveries")
                .body().contains("\"status\":\"SENT\""));
        String log = Api.getAs("dist-notify", "api/v1/webhooks/" + hookId + "/deliveries").body();
        assertTrue(log.contains("\"httpStatus\":204"), log);
        assertEquals(404, Api.getAs("dist1", "api/v1/webhooks/" + hookId + "/deliveries").status(),
                "another distributor cannot read this log");

        JsonObject readiness = Api.getAs("fadmin2", "api/v1/facilities/" + UNIV + "/tocilizumab-readiness").json();
        assertTrue(readiness.getJsonArray("products").toString().contains("\"minimumMg\":1600"), readiness.toString());
    }

    static Api.Reply move(String type, int vials) {
        return Api.postAs("fadmin2", "api/v1/facilities/" + UNIV + "/stock/movements",
                "{\"yjCode\":\"6399421A3022\",\"lotNumber\":\"DEMO-400-A\",\"type\":\"" + type + "\",\"vials\":"
                        + vials + ",\"note\":\"NotificationIT\"}");
    }

    static Api.Reply put(String user, String path, String json) throws Exception {
        HttpResponse<String> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(Api.BASE + path))
                .header("Authorization", Api.basic(user, Api.DEMO_PASSWORD)).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        return new Api.Reply(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body(), r.headers());
    }

    static long mails(String address, String subjectPart) {
        long n = 0;
        for (MimeMessage m : smtp.getReceivedMessages()) {
            try {
                boolean to = m.getRecipients(Message.RecipientType.TO)[0].toString().equals(address);
                if (to && m.getSubject().contains(subjectPart) && GreenMailUtil.getBody(m).length() > 0) {
                    n++;
                }
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }
        return n;
    }

    static String hmac(String secret, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    /** Waits for the outbox (sent every 10 s) without a timed assertion on speed: fails only after 90 s. */
    static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not seen within " + PATIENCE.toSeconds() + " s: " + what);
            }
            Thread.sleep(500);
        }
    }

    /** @return the English words the inbox and the e-mails use for a status (issue 14) */
    private static String words(String status) {
        return switch (status) {
            case "ELIGIBLE" -> "Eligible";
            case "FLAGGED" -> "Needs checking";
            default -> "Not eligible";
        };
    }
}
