package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Authentication and role checks (issue 4): the API answers 401 with a Basic challenge without valid credentials,
 * pages send strangers to the login page, roles see only their pages, and five wrong passwords lock an account.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SecurityIT {
    static final String ELIGIBILITY = "api/v1/facilities/1912110952/eligibility?product=4291476A1028";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    static int status(String path, String user, String password) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET();
        if (user != null) {
            b.header("Authorization", Api.basic(user, password));
        }
        return HttpClient.newHttpClient().send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void theApiNeedsCredentials() throws Exception {
        Api.Reply anonymous = Api.anonymous(ELIGIBILITY);
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
        assertEquals(401, status(ELIGIBILITY, "dist1", "not-the-password"));
        assertEquals(200, status(ELIGIBILITY, "dist1", Api.DEMO_PASSWORD));
        assertEquals(200, Api.anonymous("api/v1/ping").status(), "the trivial endpoint stays public");
    }

    @Test
    void pagesSendStrangersToTheLoginPageAndRolesSeeOnlyTheirPages() throws Exception {
        HttpResponse<Void> r = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(Api.BASE + "mr/facilities.xhtml")).GET().build(), HttpResponse.BodyHandlers.discarding());
        assertEquals(302, r.statusCode());
        assertTrue(r.headers().firstValue("Location").orElse("").contains("login.xhtml"));
        assertEquals(200, Api.anonymous("login.xhtml").status());
        assertEquals(403, status("mr/facilities.xhtml", "dist1", Api.DEMO_PASSWORD));
        assertEquals(200, status("mr/facilities.xhtml", "mr1", Api.DEMO_PASSWORD));
        assertEquals(403, status("safety/products.xhtml", "mr1", Api.DEMO_PASSWORD));
        assertEquals(403, status("check.xhtml", "fadmin1", Api.DEMO_PASSWORD));
        assertEquals(403, status("import.xhtml", "dist1", Api.DEMO_PASSWORD));
        assertEquals(200, status("safety/products.xhtml", "safety1", Api.DEMO_PASSWORD));
    }

    @Test
    void thePageSessionReadsTheApiButCannotChangeData() throws Exception {
        HardeningIT.PageSession page = new HardeningIT.PageSession();
        HttpResponse<String> after = page.login("dist1", Api.DEMO_PASSWORD);
        assertEquals(302, after.statusCode(), after.body());
        HttpClient browser = page.client;
        assertEquals(200, browser.send(HttpRequest.newBuilder(URI.create(Api.BASE + ELIGIBILITY)).GET().build(),
                HttpResponse.BodyHandlers.discarding()).statusCode(), "the session reads the API");
        assertEquals(401, browser.send(HttpRequest.newBuilder(URI.create(Api.BASE + "api/v1/shipments"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "csrf-1")
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.discarding())
                .statusCode(), "but cannot change data without its own credentials");
    }

    @Test
    void aFacilityAdministratorReachesOnlyTheirOwnFacility() {
        String own = "api/v1/facilities/1910114451";
        String other = "api/v1/facilities/1912110952";
        assertEquals(200, Api.getAs("fadmin1", own).status());
        GateIT.assertProblem(Api.getAs("fadmin1", other), 403, "code");
        GateIT.assertProblem(Api.getAs("fadmin1", other + "/eligibility?product=4291476A1028"), 403, "code");
        GateIT.assertProblem(Api.getAs("fadmin1", other + "/physicians"), 403, "code");
        GateIT.assertProblem(Api.getAs("fadmin1", other + "/stock"), 403, "code");
        GateIT.assertProblem(Api.postAs("fadmin1", other + "/stock/movements", "{\"yjCode\":\"6399421A3022\","
                + "\"lotNumber\":\"X\",\"expiryDate\":\"2030-01-01\",\"type\":\"RECEIVED\",\"vials\":1}"), 403,
                "code");
        Api.Reply page = Api.getAs("fadmin1", "facility/home.xhtml?code=1912110952");
        assertTrue(page.body().contains("他の医療機関の情報は参照できません"), "page refuses another facility");
        assertTrue(!page.body().contains("id=\"facilityName\""), "and shows none of its data");
        Api.Reply stockPage = Api.getAs("fadmin1", "facility/physicians.xhtml?code=1912110952");
        assertTrue(!stockPage.body().contains("デモ 医師A"), "no physician of another facility");
        var list = Api.getAs("fadmin1", "api/v1/facilities?size=50").json();
        assertEquals(1, list.getJsonArray("items").size(), "the list shows only their facility");
        assertEquals("1910114451", list.getJsonArray("items").getJsonObject(0).getString("code"));
    }

    @Test
    void distributorsNeverSeePhysiciansAndOnlyAssignedMrsRecordBriefings() {
        GateIT.assertProblem(Api.getAs("dist1", "api/v1/facilities/1912110952/physicians"), 403, "code");
        assertEquals(200, Api.getAs("mr1", "api/v1/facilities/1912110952/physicians").status());
        String briefing = "{\"product\":\"4291476A2024\",\"mrName\":\"X\",\"briefedOn\":\"2025-10-01\","
                + "\"mode\":\"IN_PERSON\"}";
        GateIT.assertProblem(Api.postAs("dist1", "api/v1/facilities/1910112398/briefings", briefing), 403, "code");
        GateIT.assertProblem(Api.postAs("fadmin1", "api/v1/facilities/1910114451/briefings", briefing), 403, "code");
        assertEquals(403, Api.postAs("mr1", "api/v1/shipments", "{}", "Idempotency-Key", "sec-1").status());
        assertEquals(403, Api.uploadAs("dist1", "api/v1/imports/facility-filings", new byte[] {1}, "text/csv").status());
        // issue 10: a decision that is not the caller's organisation's does not exist for them
        assertEquals(404, Api.getAs("mr1", "api/v1/decisions/anything").status());
    }

    /** @return the id of the demo distributor デモ卸株式会社 (issue 10: a user belongs to one organisation) */
    static long distributorId() {
        return Api.getAs("admin1", "api/v1/organisations?kind=DISTRIBUTOR").parse().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("nameJa").equals("デモ卸株式会社")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccount() throws Exception {
        String user = "lock" + System.nanoTime() % 1_000_000;
        Api.Reply created = Api.postAs("admin1", "api/v1/users", "{\"username\":\"" + user + "\",\"password\":\""
                + Api.DEMO_PASSWORD + "\",\"roles\":[\"DISTRIBUTOR\"],\"organisationId\":" + distributorId() + "}");
        assertEquals(201, created.status(), created.body());
        assertEquals(200, status(ELIGIBILITY, user, Api.DEMO_PASSWORD));
        for (int i = 0; i < 5; i++) {
            assertEquals(401, status(ELIGIBILITY, user, "wrong-" + i));
        }
        assertEquals(401, status(ELIGIBILITY, user, Api.DEMO_PASSWORD), "locked: even the right password fails");
    }
}
