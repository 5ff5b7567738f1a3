package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The gate through the REST API on the deployed EAR (REQUIREMENTS.md §7): the demo facility taken from the
 * Yamanashi list is ELIGIBLE for Lunsumio; taking tocilizumab below the minimum makes it NOT_ELIGIBLE with
 * LUN-FAC-4; bad input answers problem details, never 500.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class GateIT {
    static final String UNIV = "1912110952";
    static final String LUNSUMIO = "4291476A1028";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    static JsonObject check(String code, String product) {
        Api.Reply r = Api.get("api/v1/facilities/" + code + "/eligibility?product=" + product);
        assertEquals(200, r.status(), r.body());
        return r.json();
    }

    static List<String> failing(JsonObject decision) {
        return decision.getJsonArray("failingRequirements").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    @Test
    void demoFacilityIsEligibleThenNotWhenStockFallsBelowTheMinimum() {
        JsonObject d = check(UNIV, LUNSUMIO);
        assertEquals("ELIGIBLE", d.getString("decision"), d.toString());
        assertEquals(11, d.getJsonArray("findings").size());
        JsonObject first = d.getJsonArray("findings").getJsonObject(0);
        for (String field : List.of("requirementId", "status", "clause", "reason")) {
            assertTrue(first.containsKey(field), field);
        }
        assertTrue(first.containsKey("evidence"));

        Api.Reply used = Api.postAs("fadmin2", "api/v1/facilities/" + UNIV + "/stock/movements",
                "{\"yjCode\":\"6399421A3022\",\"lotNumber\":\"DEMO-400-A\",\"type\":\"USED\",\"vials\":1}");
        assertEquals(201, used.status(), used.body());
        assertEquals(1200, used.json().getJsonNumber("onHandMg").intValue());

        JsonObject after = check(UNIV, LUNSUMIO);
        assertEquals("NOT_ELIGIBLE", after.getString("decision"));
        assertEquals(List.of("LUN-FAC-4"), failing(after));
        JsonObject change = Api.getAs("fadmin2", "api/v1/facilities/" + UNIV + "/status-history").parse().asJsonArray()
                .stream().map(v -> v.asJsonObject()).filter(c -> c.getString("product").equals("LUNSUMIO"))
                .findFirst().orElseThrow();
        assertEquals("NOT_ELIGIBLE", change.getString("toStatus"), "issue 5: the change is in the status history");
        assertTrue(change.getString("cause").contains("tocilizumab used"), change.toString());

        Api.Reply received = Api.postAs("fadmin2", "api/v1/facilities/" + UNIV + "/stock/movements",
                "{\"yjCode\":\"6399421A3022\",\"lotNumber\":\"IT-400-NEW\",\"expiryDate\":\"2030-12-31\","
                        + "\"type\":\"RECEIVED\",\"vials\":1}");
        assertEquals(201, received.status(), received.body());
        assertEquals("ELIGIBLE", check(UNIV, LUNSUMIO).getString("decision"));
    }

    @Test
    void asOfAMomentBeforeTheBriefing() {
        Api.Reply r = Api.get("api/v1/facilities/" + UNIV + "/eligibility?product=" + LUNSUMIO
                + "&at=2025-05-19T12:00:00%2B09:00");
        assertEquals(200, r.status(), r.body());
        assertTrue(failing(r.json()).containsAll(List.of("LUN-BRF-1", "LUN-BRF-2", "LUN-BRF-3", "LUN-BRF-4")));
    }

    @Test
    void levelFiveOnlyFacilityIsNotEligibleForAbecma() {
        JsonObject d = check("1910112398", "4900409X1022");
        assertEquals("NOT_ELIGIBLE", d.getString("decision"));
        assertTrue(failing(d).contains("ABE-FAC-2"));
    }

    @Test
    void badInputAnswersProblemDetails() {
        assertProblem(Api.get("api/v1/facilities/191211095/eligibility?product=" + LUNSUMIO), 400, "code");
        assertProblem(Api.get("api/v1/facilities/1912110953/eligibility?product=" + LUNSUMIO), 400, "code");
        assertProblem(Api.get("api/v1/facilities/0110113719/eligibility?product=" + LUNSUMIO), 404, "code");
        assertProblem(Api.get("api/v1/facilities/" + UNIV + "/eligibility?product=4291476A1029"), 400, "product");
        assertProblem(Api.get("api/v1/facilities/" + UNIV + "/eligibility?product=6399421A2026"), 404, "product");
        assertProblem(Api.get("api/v1/facilities/" + UNIV + "/eligibility"), 400, "product");
        assertProblem(Api.get("api/v1/facilities/" + UNIV + "/eligibility?product=" + LUNSUMIO + "&at=yesterday"),
                400, "at");
        assertProblem(Api.get("api/v1/facilities?size=100000"), 400, "size");
        assertProblem(Api.postAs("fadmin2", "api/v1/facilities/" + UNIV + "/stock/movements", "{\"yjCode\":"), 400,
                "body");
        assertProblem(Api.postAs("fadmin2", "api/v1/facilities/" + UNIV + "/stock/movements",
                "{\"yjCode\":\"6399421A3022\",\"lotNumber\":\"NOPE\",\"type\":\"USED\",\"vials\":1}"), 404,
                "lotNumber");
    }

    static void assertProblem(Api.Reply r, int status, String field) {
        assertEquals(status, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"), r.contentType());
        assertEquals(status, r.json().getInt("status"));
        assertEquals(field, r.json().getString("field"), r.body());
    }

    @Test
    void listsAndReadsFacilityData() {
        Api.Reply list = Api.get("api/v1/facilities?prefecture=19&size=5");
        assertEquals(200, list.status());
        assertTrue(list.json().getJsonNumber("total").longValue() >= 2);
        assertEquals(200, Api.get("api/v1/facilities/" + UNIV).status());
        Api.Reply physicians = Api.getAs("mr1", "api/v1/facilities/" + UNIV + "/physicians");
        assertEquals(200, physicians.status());
        assertTrue(physicians.parse().asJsonArray().size() >= 2);
        assertEquals(200, Api.get("api/v1/facilities/" + UNIV + "/briefings").status());
        JsonObject stock = Api.get("api/v1/facilities/" + UNIV + "/stock").json();
        assertTrue(stock.getJsonNumber("onHandMg").intValue() >= 1600);
    }

    @Test
    void recordsAnIncompleteBriefingAsIncomplete() {
        Api.Reply r = Api.postAs("mr1", "api/v1/facilities/1910112398/briefings", "{\"product\":\"4291476A2024\","
                + "\"mrName\":\"IT MR\",\"briefedOn\":\"2025-10-01\",\"mode\":\"ONLINE\","
                + "\"attendees\":{\"PHYSICIAN\":2},\"materials\":[\"PACKAGE_INSERT\"],\"requests\":[]}");
        assertEquals(201, r.status(), r.body());
        assertEquals(false, r.json().getBoolean("complete"));
        List<String> missing = r.json().getJsonArray("missing").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
        assertTrue(missing.contains("LUN-BRF-1: NURSE"), missing.toString());
        assertTrue(missing.contains("mode: ONLINE without visitRestriction"), missing.toString());
        assertProblem(Api.postAs("mr1", "api/v1/facilities/1910112398/briefings", "{\"product\":\"4291476A2024\","
                + "\"mrName\":\"IT MR\",\"briefedOn\":\"2025-13-01\",\"mode\":\"ONLINE\"}"), 400, "briefedOn");
        assertProblem(Api.postAs("mr1", "api/v1/facilities/1910112398/briefings", "{\"product\":\"4291476A2024\","
                + "\"mrName\":\"IT MR\",\"briefedOn\":\"2025-10-01\",\"mode\":\"TELEPATHY\"}"), 400, "mode");
    }

    @Test
    void openApiDocumentAndPagesAreServed() {
        Api.Reply openapi = Api.send("http://localhost:8080/openapi");
        assertEquals(200, openapi.status());
        assertTrue(openapi.body().contains("/eligibility"), openapi.body().substring(0, 200));
        Api.Reply page = Api.get("check.xhtml");
        assertEquals(200, page.status());
        assertTrue(page.body().contains("納入可否の確認"));
        assertEquals(200, Api.getAs("safety1", "import.xhtml").status());
        for (Api.Reply r : List.of(page, Api.get("api/v1/ping"))) {
            assertEquals("nosniff", r.headers().firstValue("X-Content-Type-Options").orElse(""));
            assertTrue(r.headers().firstValue("Content-Security-Policy").orElse("").contains("frame-ancestors 'none'"));
        }
    }
}
