package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The authorisation matrix (issue 4): every REST endpoint the OpenAPI document lists and every page of the web
 * module, called as every role and as nobody, against the rules below. An endpoint or page without a rule fails
 * the test, so a new one cannot slip in unprotected. Allowed means anything but 401/403 (bad sample input may
 * answer 400/404/422); denied means 403, and 401 (API) or a redirect to the login page (pages) for nobody.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {
    static final String MR = "mr1";
    static final String DIST = "dist1";
    static final String FADMIN = "fadmin1";
    static final String SAFETY = "safety1";
    static final String ADMIN = "admin1";
    static final List<String> USERS = List.of(MR, DIST, FADMIN, SAFETY, ADMIN);
    static final Set<String> ALL = Set.of(MR, DIST, FADMIN, SAFETY, ADMIN);
    /** Public: anyone, logged in or not. */
    static final Set<String> PUBLIC = Set.of("*");

    /** REST rules: "METHOD /v1/path" → users (by role) allowed. */
    static final Map<String, Set<String>> API = new LinkedHashMap<>();
    /** Page rules: path → users allowed. */
    static final Map<String, Set<String>> PAGES = new LinkedHashMap<>();

    static {
        API.put("GET /v1/ping", PUBLIC);
        API.put("GET /v1/facilities", ALL);
        API.put("GET /v1/facilities/{code}", ALL);
        API.put("GET /v1/facilities/{code}/eligibility", ALL);
        API.put("GET /v1/facilities/{code}/physicians", Set.of(MR, FADMIN, SAFETY));
        API.put("GET /v1/facilities/{code}/briefings", ALL);
        API.put("POST /v1/facilities/{code}/briefings", Set.of(MR));
        API.put("GET /v1/facilities/{code}/stock", ALL);
        API.put("GET /v1/facilities/{code}/status-history", ALL);
        API.put("POST /v1/facilities/{code}/stock/movements", Set.of(FADMIN));
        API.put("POST /v1/facilities/{code}/physicians", Set.of(FADMIN));
        API.put("PUT /v1/facilities/{code}/physicians/{id}", Set.of(FADMIN));
        API.put("POST /v1/facilities/{code}/physicians/{id}/trainings", Set.of(FADMIN));
        API.put("POST /v1/facilities/{code}/employments/{id}/end", Set.of(FADMIN));
        API.put("PUT /v1/facilities/{code}/declarations", Set.of(FADMIN));
        API.put("POST /v1/facilities/{code}/partnerships", Set.of(FADMIN));
        API.put("POST /v1/facilities/{code}/partnerships/{id}/end", Set.of(FADMIN));
        API.put("POST /v1/shipments", Set.of(DIST));
        // issue 10: any role may ask; another organisation's decision does not exist for them (404)
        API.put("GET /v1/decisions/{id}", ALL);
        API.put("GET /v1/products", ALL);
        API.put("POST /v1/imports/facility-filings", Set.of(SAFETY, ADMIN));
        API.put("GET /v1/audit", Set.of(SAFETY));
        API.put("GET /v1/audit/export.csv", Set.of(SAFETY));
        API.put("GET /v1/audit/verification", Set.of(SAFETY, ADMIN));
        API.put("GET /v1/facilities/{code}/tocilizumab-readiness", Set.of(MR, FADMIN, SAFETY));
        API.put("GET /v1/inbox", ALL);
        API.put("GET /v1/inbox/unread", ALL);
        API.put("POST /v1/inbox/{id}/read", ALL);
        API.put("POST /v1/inbox/read-all", ALL);
        API.put("PUT /v1/me/email", ALL);
        API.put("GET /v1/webhooks", Set.of(DIST));
        API.put("POST /v1/webhooks", Set.of(DIST));
        API.put("DELETE /v1/webhooks/{id}", Set.of(DIST));
        API.put("GET /v1/webhooks/{id}/deliveries", Set.of(DIST));
        API.put("POST /v1/batch-checks", Set.of(DIST, SAFETY));
        API.put("GET /v1/users", Set.of(ADMIN));
        API.put("POST /v1/users", Set.of(ADMIN));
        API.put("POST /v1/users/{username}/assignments/{facilityCode}", Set.of(SAFETY, ADMIN));
        API.put("GET /v1/organisations", ALL);
        API.put("POST /v1/organisations", Set.of(ADMIN));
        API.put("GET /v1/organisations/{id}", ALL);
        API.put("POST /v1/organisations/{id}/status", Set.of(ADMIN));
        // another organisation's agreements do not exist for the caller (404); the sample id is nobody's
        API.put("GET /v1/organisations/{id}/agreements", ALL);
        // only the manufacturer's own safety managers: nobody for the sample id (OrganisationScopingIT: own one)
        API.put("POST /v1/organisations/{id}/agreements", Set.of());
        API.put("POST /v1/organisations/{id}/agreements/{agreementId}/end", Set.of());
        API.put("POST /v1/products", Set.of(SAFETY));
        // the sample product is Lunsumio, 中外製薬's: safety1 works for 中外製薬
        API.put("POST /v1/products/{yjCode}/profile-versions", Set.of(SAFETY));
        API.put("GET /v1/admin/scale-data", Set.of(ADMIN));
        API.put("POST /v1/admin/scale-data", Set.of(ADMIN));

        PAGES.put("login.xhtml", PUBLIC);
        PAGES.put("error.xhtml", PUBLIC);
        PAGES.put("index.xhtml", ALL);
        PAGES.put("check.xhtml", Set.of(DIST, SAFETY));
        PAGES.put("distributor/batch.xhtml", Set.of(DIST, SAFETY));
        PAGES.put("distributor/shipments.xhtml", Set.of(DIST, SAFETY));
        PAGES.put("mr/facilities.xhtml", Set.of(MR, SAFETY));
        PAGES.put("mr/briefing.xhtml", Set.of(MR, SAFETY));
        PAGES.put("facility/home.xhtml", Set.of(MR, FADMIN, SAFETY));
        PAGES.put("facility/stock.xhtml", Set.of(MR, FADMIN, SAFETY));
        PAGES.put("facility/physicians.xhtml", Set.of(MR, FADMIN, SAFETY));
        PAGES.put("safety/products.xhtml", Set.of(SAFETY));
        PAGES.put("safety/profile.xhtml", Set.of(SAFETY));
        PAGES.put("safety/dashboard.xhtml", Set.of(SAFETY));
        PAGES.put("safety/audit.xhtml", Set.of(SAFETY));
        PAGES.put("import.xhtml", Set.of(SAFETY, ADMIN));
        PAGES.put("admin/users.xhtml", Set.of(ADMIN));
        PAGES.put("admin/organisations.xhtml", Set.of(ADMIN));
        PAGES.put("inbox.xhtml", ALL);
        PAGES.put("distributor/webhooks.xhtml", Set.of(DIST, SAFETY));
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static int call(String method, String path, String user) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path));
        if (user != null) {
            b.header("Authorization", Api.basic(user, Api.DEMO_PASSWORD));
        }
        if ("POST".equals(method)) {
            // the scale-data generator gets a plan that writes nothing: "{}" would start the national plan
            String body = path.endsWith("admin/scale-data") ? "{\"seed\":" + (System.nanoTime() % 1_000_000_000L)
                    + ",\"facilities\":0,\"physicians\":0,\"briefings\":0,\"lots\":0,\"auditEvents\":0}" : "{}";
            b.header("Content-Type", "application/json").header("Idempotency-Key", "matrix-" + System.nanoTime())
                    .POST(HttpRequest.BodyPublishers.ofString(body));
        } else if ("PUT".equals(method)) {
            // a PUT body that sets the caller's own e-mail address to what the demo gives every user (the other PUTs
            // refuse it for want of their fields: 400 for the facility's administrator, 403 for everyone else)
            b.header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(
                    "{\"email\":\"" + user + "@demo.sitegate.example\"}"));
        } else if ("DELETE".equals(method)) {
            b.DELETE();
        } else {
            b.GET();
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static String sample(String template) {
        String id = template.startsWith("/v1/decisions") ? "no-such-decision" : "999999999";
        return template.replace("{code}", "1910114451").replace("{id}", id)
                .replace("{username}", "nobody-here").replace("{facilityCode}", "0000000000")
                .replace("{yjCode}", "4291476A1028").replace("{agreementId}", "999999999");
    }

    @Test
    void everyEndpointOfTheOpenApiDocumentHasARuleAndKeepsIt() throws Exception {
        String doc = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8080/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
        JsonObject paths = Json.createReader(new StringReader(doc)).readObject().getJsonObject("paths");
        Set<String> endpoints = new TreeSet<>();
        paths.forEach((p, ops) -> ops.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> endpoints.add(m.toUpperCase() + " " + p.substring(p.indexOf("/v1/")))));
        Set<String> unruled = new TreeSet<>(endpoints);
        unruled.removeAll(API.keySet());
        if (!unruled.isEmpty()) {
            fail("endpoints without an authorisation rule in this test: " + unruled);
        }
        List<String> wrong = new ArrayList<>();
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            String path = "api" + sample(endpoint.substring(endpoint.indexOf(' ') + 1));
            Set<String> allowed = API.get(endpoint);
            int nobody = call(method, path, null);
            if (allowed == PUBLIC ? nobody == 401 || nobody == 403 : nobody != 401) {
                wrong.add(endpoint + " as nobody: " + nobody);
            }
            for (String user : USERS) {
                int status = call(method, path, user);
                boolean denied = status == 401 || status == 403;
                if (allowed != PUBLIC && allowed.contains(user) == denied) {
                    wrong.add(endpoint + " as " + user + ": " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(endpoints.size() >= API.size(), "the document lists every endpoint: " + endpoints);
    }

    @Test
    void everyPageHasARuleAndKeepsIt() throws Exception {
        Path webapp = Path.of(System.getProperty("sitegate.webapp"));
        List<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> webapp.relativize(f).toString())
                    .filter(f -> !f.startsWith("WEB-INF")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Set<String> unruled = new TreeSet<>(pages);
        unruled.removeAll(PAGES.keySet());
        if (!unruled.isEmpty()) {
            fail("pages without an authorisation rule in this test: " + unruled);
        }
        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            Set<String> allowed = PAGES.get(page);
            HttpResponse<Void> anon = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + page)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            boolean toLogin = anon.statusCode() == 302
                    && anon.headers().firstValue("Location").orElse("").contains("login.xhtml");
            if (allowed == PUBLIC ? toLogin || anon.statusCode() == 403 : !toLogin) {
                wrong.add(page + " as nobody: " + anon.statusCode());
            }
            for (String user : USERS) {
                int status = call("GET", page, user);
                if (allowed != PUBLIC && allowed.contains(user) != (status == 200)) {
                    wrong.add(page + " as " + user + ": " + status);
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
