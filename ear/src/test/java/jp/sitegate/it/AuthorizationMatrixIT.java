package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
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
 * The authorisation matrix (issues 4 and 10): every REST endpoint the OpenAPI document lists and every page of the
 * web module × every role × the organisation that owns the sample (own), another organisation of the same kind
 * (other) and nobody. Two manufacturers (中外製薬: mr1, safety1 — BMS: mr2, safety2), two distributors (デモ卸:
 * dist1 — サンプル薬品: dist2), two facilities (fadmin1: 1910114451 — fadmin2: 1912110952) and the operator (admin1).
 * Every sample belongs to the "…1" users' organisations: facility 1910114451 (mr1 is assigned there, no BMS MR is),
 * Lunsumio (中外製薬's), a decision dist1 asked for there, dist1's webhook, 中外製薬's agreement, a physician of the
 * facility.
 *
 * <p>Each endpoint and page has a rule naming, per role, whether any organisation's members may act ({@code any})
 * or only the sample's own ({@code own}); an endpoint or page without a rule — or a rule without an organisation
 * scope — fails the test, so a new one cannot slip in unprotected. Allowed means anything but 401/403/404 (bad
 * sample bodies may answer 400/409/422); denied means 403 or 404 (another organisation's object does not exist for
 * the caller), and 401 (API) or a redirect to the login page (pages) for nobody. Pages answer 200 to whoever the
 * role lets in and scope their content: their rule names a text of the sample that exactly the listed users see.
 * Lists that hold the organisation's own records (webhooks, audit trail, shipments, dashboard) carry such a marker
 * too: the other organisation's member of the same role gets the list without it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuthorizationMatrixIT {
    static final String KOFU = "1910114451";
    static final String LUNSUMIO = "4291476A1028";
    static final String IMDELLTRA = "4291477D1029";

    /** A role as the matrix uses it. */
    enum Kind { MR, SAFETY, DIST, FADMIN, ADMIN }

    /**
     * A demo user.
     *
     * @param name login name
     * @param kind role
     * @param own  true when of the samples' own organisation
     */
    record User(String name, Kind kind, boolean own) {
    }

    static final List<User> USERS = List.of(new User("mr1", Kind.MR, true), new User("mr2", Kind.MR, false),
            new User("safety1", Kind.SAFETY, true), new User("safety2", Kind.SAFETY, false),
            new User("dist1", Kind.DIST, true), new User("dist2", Kind.DIST, false),
            new User("fadmin1", Kind.FADMIN, true), new User("fadmin2", Kind.FADMIN, false),
            new User("admin1", Kind.ADMIN, true));

    /** Whether a role's members of any organisation may act, or only the sample organisation's. */
    enum Scope { ANY, OWN }

    /** A rule: per role, its organisation scope; optionally a text of the sample that exactly some users see. */
    static final class Rule {
        final Map<Kind, Scope> scopes = new EnumMap<>(Kind.class);
        boolean open;
        boolean nobody;
        String query = "";
        String marker;
        Set<String> seers = Set.of();

        static Rule publicToAll() {
            Rule r = new Rule();
            r.open = true;
            return r;
        }

        /** @return a rule letting no signed-in user act (every one gets 403/404) */
        static Rule noOne() {
            Rule r = new Rule();
            r.nobody = true;
            return r;
        }

        static Rule any(Kind... kinds) {
            return new Rule().andAny(kinds);
        }

        static Rule own(Kind... kinds) {
            return new Rule().andOwn(kinds);
        }

        static Rule all() {
            return any(Kind.values());
        }

        Rule andAny(Kind... kinds) {
            Arrays.stream(kinds).forEach(k -> scopes.put(k, Scope.ANY));
            return this;
        }

        Rule andOwn(Kind... kinds) {
            Arrays.stream(kinds).forEach(k -> scopes.put(k, Scope.OWN));
            return this;
        }

        /** @param q query string appended to the sample path (with its {@code ?}) */
        Rule query(String q) {
            query = q;
            return this;
        }

        /**
         * @param sampleKey key of the text in {@link #SAMPLE}
         * @param users     exactly the users whose answer holds it
         */
        Rule shows(String sampleKey, String... users) {
            marker = sampleKey;
            seers = Set.of(users);
            return this;
        }

        boolean allows(User u) {
            Scope s = scopes.get(u.kind());
            return s != null && (s == Scope.ANY || u.own());
        }

        boolean organisationRuled() {
            return open || nobody || !scopes.isEmpty();
        }
    }

    /** REST rules: "METHOD /v1/path" → rule. */
    static final Map<String, Rule> API = new LinkedHashMap<>();
    /** Page rules: path → rule. */
    static final Map<String, Rule> PAGES = new LinkedHashMap<>();

    static {
        API.put("GET /v1/ping", Rule.publicToAll());
        // the facility directory is open to everyone signed in; a facility's administrator sees only their own
        API.put("GET /v1/facilities", Rule.all());
        API.put("GET /v1/facilities/{code}", Rule.any(Kind.MR, Kind.SAFETY, Kind.DIST, Kind.ADMIN).andOwn(Kind.FADMIN));
        API.put("GET /v1/facilities/{code}/eligibility",
                Rule.any(Kind.MR, Kind.SAFETY, Kind.DIST, Kind.ADMIN).andOwn(Kind.FADMIN).query("?product=" + LUNSUMIO));
        // physicians' personal data: the facility, and manufacturers tied to it (an assigned MR or a delivery)
        API.put("GET /v1/facilities/{code}/physicians", Rule.own(Kind.MR, Kind.SAFETY, Kind.FADMIN));
        API.put("GET /v1/facilities/{code}/briefings",
                Rule.any(Kind.MR, Kind.SAFETY, Kind.DIST, Kind.ADMIN).andOwn(Kind.FADMIN));
        API.put("POST /v1/facilities/{code}/briefings", Rule.own(Kind.MR));
        API.put("GET /v1/facilities/{code}/stock", Rule.any(Kind.MR, Kind.SAFETY, Kind.DIST, Kind.ADMIN)
                .andOwn(Kind.FADMIN));
        API.put("GET /v1/facilities/{code}/status-history", Rule.any(Kind.MR, Kind.SAFETY, Kind.DIST, Kind.ADMIN)
                .andOwn(Kind.FADMIN));
        API.put("POST /v1/facilities/{code}/stock/movements", Rule.own(Kind.FADMIN));
        API.put("POST /v1/facilities/{code}/physicians", Rule.own(Kind.FADMIN));
        API.put("PUT /v1/facilities/{code}/physicians/{id}", Rule.own(Kind.FADMIN));
        // issue 11: the manufacturer's training is recorded by its own people (tied to the facility), never the facility
        API.put("POST /v1/facilities/{code}/physicians/{id}/trainings", Rule.own(Kind.MR, Kind.SAFETY));
        API.put("POST /v1/facilities/{code}/employments/{id}/end", Rule.own(Kind.FADMIN));
        API.put("PUT /v1/facilities/{code}/declarations", Rule.own(Kind.FADMIN));
        API.put("POST /v1/facilities/{code}/partnerships", Rule.own(Kind.FADMIN));
        API.put("POST /v1/facilities/{code}/partnerships/{id}/end", Rule.own(Kind.FADMIN));
        // issue 11: the partner facility's administrator accepts a partnership naming it (the sample is one
        // 1912110952 entered naming 1910114451); a manufacturer tied to the facility confirms the agreement document
        API.put("GET /v1/facilities/{code}/partner-requests", Rule.own(Kind.FADMIN));
        API.put("POST /v1/facilities/{code}/partner-requests/{id}/acceptance", Rule.own(Kind.FADMIN));
        API.put("POST /v1/facilities/{code}/partnerships/{id}/document-confirmation", Rule.own(Kind.MR, Kind.SAFETY));
        API.put("POST /v1/facilities/{code}/icu-equivalent/confirmation", Rule.own(Kind.MR, Kind.SAFETY));
        // issue 11: declarations are read like physicians' data, made by the facility, confirmed by tied
        // manufacturers; an evidence document is the uploading manufacturer's (中外製薬's here) and the facility's
        API.put("GET /v1/facilities/{code}/declarations", Rule.own(Kind.MR, Kind.SAFETY, Kind.FADMIN));
        API.put("POST /v1/facilities/{code}/declarations", Rule.own(Kind.FADMIN));
        API.put("POST /v1/facilities/{code}/declarations/{id}/confirmation", Rule.own(Kind.MR, Kind.SAFETY));
        API.put("GET /v1/facilities/{code}/evidence/{id}", Rule.own(Kind.MR, Kind.SAFETY, Kind.FADMIN));
        // issue 12: patients' checklists are the facility's (it records them) and the product's manufacturer's when
        // tied to the facility, for its own products only — the sample is an Abecma checklist at 1910114451, where
        // BMS is not tied: 中外製薬 (tied) lists none of it and finds no such checklist, BMS is refused
        API.put("GET /v1/facilities/{code}/patient-checklists", Rule.own(Kind.MR, Kind.SAFETY, Kind.FADMIN)
                .shows("patientRegistryId", "fadmin1"));
        API.put("POST /v1/facilities/{code}/patient-checklists", Rule.own(Kind.FADMIN));
        API.put("GET /v1/facilities/{code}/patient-checklists/{id}", Rule.own(Kind.FADMIN));
        // issue 11: a manufacturer suspends supply of its own products anywhere, and lifts only its own suspension
        // (the sample is 中外製薬's); its people see its own, the facility and the operator all
        API.put("GET /v1/facilities/{code}/suspensions", Rule.any(Kind.MR, Kind.SAFETY, Kind.ADMIN)
                .andOwn(Kind.FADMIN).shows("suspensionReason", "mr1", "safety1", "fadmin1", "admin1"));
        API.put("POST /v1/facilities/{code}/suspensions", Rule.any(Kind.SAFETY));
        API.put("DELETE /v1/facilities/{code}/suspensions/{id}", Rule.own(Kind.SAFETY));
        // a shipment is always the caller's own organisation's (the body cannot name another)
        API.put("POST /v1/shipments", Rule.any(Kind.DIST));
        // the distributor that asked, the product's manufacturer and the facility; nobody else (404)
        API.put("GET /v1/decisions/{id}", Rule.own(Kind.DIST, Kind.MR, Kind.SAFETY, Kind.FADMIN));
        API.put("GET /v1/products", Rule.all());
        // issue 11: physicians full-time at two facilities, for the safety managers (tied facilities only)
        API.put("GET /v1/physicians/full-time-at-two", Rule.any(Kind.SAFETY));
        // issue 11: the MR's confirmation queue — its own assigned facilities (the demo's 1910112398 declares an
        // unconfirmed ICU-equivalent; mr1 and 中外製薬 are assigned there, BMS is not)
        API.put("GET /v1/confirmations/open", Rule.any(Kind.MR, Kind.SAFETY).shows("pendingDeclaration", "mr1",
                "safety1"));
        API.put("POST /v1/imports/facility-filings", Rule.any(Kind.SAFETY, Kind.ADMIN));
        // issue 12: which prefectures have a current list is everyone's to see (it explains an UNKNOWN ICU finding);
        // who imported which file is the importers'
        API.put("GET /v1/imports/coverage", Rule.all());
        API.put("GET /v1/imports/history", Rule.any(Kind.SAFETY, Kind.ADMIN));
        // a safety manager reads its own company's events and those at facilities it is tied to, never another
        // manufacturer's: safety2 (BMS, not tied to 1910114451) does not see what fadmin1 did there; the operator
        // reads the whole trail
        API.put("GET /v1/audit", Rule.any(Kind.SAFETY, Kind.ADMIN).query("?user=fadmin1")
                .shows("fadmin1Event", "safety1", "admin1"));
        API.put("GET /v1/audit/export.csv", Rule.any(Kind.SAFETY, Kind.ADMIN).query("?user=fadmin1")
                .shows("fadmin1Csv", "safety1", "admin1"));
        API.put("GET /v1/audit/verification", Rule.any(Kind.SAFETY, Kind.ADMIN));
        // derived from the facility's physicians and stock: read like physicians' data
        API.put("GET /v1/facilities/{code}/tocilizumab-readiness", Rule.own(Kind.MR, Kind.SAFETY, Kind.FADMIN));
        // each user's own inbox; the sample entry is nobody's, so it does not exist for anyone (404)
        API.put("GET /v1/inbox", Rule.all());
        API.put("GET /v1/inbox/unread", Rule.all());
        API.put("POST /v1/inbox/{id}/read", Rule.noOne());
        API.put("POST /v1/inbox/read-all", Rule.all());
        API.put("PUT /v1/me/email", Rule.all());
        API.put("GET /v1/webhooks", Rule.any(Kind.DIST).shows("webhookUrl", "dist1"));
        API.put("POST /v1/webhooks", Rule.any(Kind.DIST));
        API.put("DELETE /v1/webhooks/{id}", Rule.own(Kind.DIST));
        API.put("GET /v1/webhooks/{id}/deliveries", Rule.own(Kind.DIST));
        API.put("POST /v1/batch-checks", Rule.any(Kind.DIST, Kind.SAFETY));
        API.put("GET /v1/users", Rule.any(Kind.ADMIN));
        API.put("POST /v1/users", Rule.any(Kind.ADMIN));
        // issue 14: on the matrix's own user, so no demo user's password or roles change
        API.put("PUT /v1/users/{account}", Rule.any(Kind.ADMIN));
        API.put("POST /v1/users/{account}/unlock", Rule.any(Kind.ADMIN));
        // issue 17: once per Japan day for the cluster; later calls answer ran=false
        API.put("POST /v1/operations/daily-reevaluation", Rule.any(Kind.ADMIN));
        API.put("POST /v1/users/{account}/password-reset", Rule.any(Kind.ADMIN));
        API.put("PUT /v1/me/password", Rule.all());
        // a manufacturer's safety manager assigns its own MRs (the sample MR is mr1, 中外製薬's); the operator may too
        API.put("POST /v1/users/{username}/assignments/{facilityCode}", Rule.own(Kind.SAFETY).andAny(Kind.ADMIN));
        API.put("GET /v1/organisations", Rule.all());
        API.put("POST /v1/organisations", Rule.any(Kind.ADMIN));
        API.put("GET /v1/organisations/{id}", Rule.all());
        API.put("POST /v1/organisations/{id}/status", Rule.any(Kind.ADMIN));
        // the sample organisation is 中外製薬: its members and the operator read its agreements
        API.put("GET /v1/organisations/{id}/agreements", Rule.own(Kind.MR, Kind.SAFETY).andAny(Kind.ADMIN));
        API.put("POST /v1/organisations/{id}/agreements", Rule.own(Kind.SAFETY));
        API.put("POST /v1/organisations/{id}/agreements/{agreementId}/end", Rule.own(Kind.SAFETY));
        API.put("POST /v1/products", Rule.any(Kind.SAFETY));
        API.put("POST /v1/products/{yjCode}/profile-versions", Rule.own(Kind.SAFETY));
        // issue 11: another safety manager of the manufacturer approves a draft (the sample is safety1b's, in force
        // from 2099 only); its impact is the manufacturer's to see
        API.put("POST /v1/products/{yjCode}/profile-versions/{versionNo}/approval", Rule.own(Kind.SAFETY));
        API.put("GET /v1/products/{yjCode}/profile-versions/{versionNo}/impact", Rule.own(Kind.SAFETY));
        API.put("GET /v1/admin/scale-data", Rule.any(Kind.ADMIN));
        API.put("POST /v1/admin/scale-data", Rule.any(Kind.ADMIN));

        String facility = "?code=" + KOFU;
        PAGES.put("login.xhtml", Rule.publicToAll());
        PAGES.put("error.xhtml", Rule.publicToAll());
        PAGES.put("index.xhtml", Rule.all());
        PAGES.put("check.xhtml", Rule.any(Kind.DIST, Kind.SAFETY));
        PAGES.put("distributor/batch.xhtml", Rule.any(Kind.DIST, Kind.SAFETY));
        // a distributor's own shipments; a safety manager's products' shipments (the sample is dist1's shipment
        // of Imdelltra, Amgen's: neither safety manager here sees it)
        PAGES.put("distributor/shipments.xhtml", Rule.any(Kind.DIST, Kind.SAFETY).shows("orderReference", "dist1"));
        PAGES.put("mr/facilities.xhtml", Rule.any(Kind.MR, Kind.SAFETY));
        PAGES.put("mr/confirmations.xhtml", Rule.any(Kind.MR, Kind.SAFETY).shows("pendingFacility", "mr1", "safety1"));
        // the page opens for safety managers, but only an MR assigned to the facility gets the form
        PAGES.put("mr/briefing.xhtml", Rule.own(Kind.MR).andAny(Kind.SAFETY).query(facility)
                .shows("facilityName", "mr1"));
        PAGES.put("facility/home.xhtml", Rule.any(Kind.MR, Kind.SAFETY).andOwn(Kind.FADMIN).query(facility)
                .shows("facilityName", "mr1", "mr2", "safety1", "safety2", "fadmin1"));
        PAGES.put("facility/stock.xhtml", Rule.any(Kind.MR, Kind.SAFETY).andOwn(Kind.FADMIN).query(facility)
                .shows("stockLedger", "mr1", "mr2", "safety1", "safety2", "fadmin1"));
        PAGES.put("facility/patients.xhtml", Rule.own(Kind.MR, Kind.SAFETY, Kind.FADMIN).query(facility)
                .shows("patientRegistryId", "fadmin1"));
        PAGES.put("facility/physicians.xhtml", Rule.own(Kind.MR, Kind.SAFETY, Kind.FADMIN).query(facility).shows("physicianName", "mr1", "safety1", "fadmin1"));
        PAGES.put("safety/products.xhtml", Rule.any(Kind.SAFETY).shows("lunsumioName", "safety1"));
        PAGES.put("safety/profile.xhtml", Rule.any(Kind.SAFETY).query("?product=LUNSUMIO")
                .shows("lunsumioName", "safety1"));
        PAGES.put("safety/dashboard.xhtml", Rule.any(Kind.SAFETY).shows("lunsumioName", "safety1"));
        // the trail is the service's, filtered as GET /v1/audit above (whose marker checks it)
        PAGES.put("safety/audit.xhtml", Rule.any(Kind.SAFETY));
        PAGES.put("import.xhtml", Rule.any(Kind.SAFETY, Kind.ADMIN));
        PAGES.put("admin/users.xhtml", Rule.any(Kind.ADMIN));
        PAGES.put("admin/organisations.xhtml", Rule.any(Kind.ADMIN));
        PAGES.put("inbox.xhtml", Rule.all());
        // issue 14: the readable decision page opens for everyone, showing the decision only to whom it belongs
        PAGES.put("decision.xhtml", Rule.all().query("?id={decision}")
                .shows("facilityName", "dist1", "mr1", "safety1", "fadmin1"));
        PAGES.put("account/password.xhtml", Rule.all());
        PAGES.put("distributor/webhooks.xhtml", Rule.any(Kind.DIST, Kind.SAFETY).shows("webhookUrl", "dist1"));
    }

    /** Sample ids and texts, made once by {@link #samples()}. */
    static final Map<String, String> SAMPLE = new HashMap<>();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    static final HttpClient HTTP = HttpClient.newHttpClient();

    private static JsonObject created(Api.Reply r, String what) {
        assertTrue(r.status() == 200 || r.status() == 201, what + ": " + r.status() + " " + r.body());
        return r.json();
    }

    private static long idOf(Api.Reply list, String field, String value) {
        return Json.createReader(new StringReader(list.body())).readArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> value.equals(o.getString(field, null))).mapToLong(o -> o.getJsonNumber("id").longValue())
                .findFirst().orElseThrow(() -> new AssertionError("no " + field + "=" + value + " in " + list.body()));
    }

    /**
     * Makes the samples once: objects of the "…1" organisations that the matrix reads, changes and ends. What is
     * ended or changed is made here for the purpose (a future partnership, a new physician, a new agreement), so the
     * matrix leaves the demo's own data as it found it.
     */
    static synchronized Map<String, String> samples() {
        if (!SAMPLE.isEmpty()) {
            return SAMPLE;
        }
        long n = System.nanoTime();
        Map<String, String> s = new HashMap<>();
        s.put("code", KOFU);
        s.put("facilityName", Api.getAs("admin1", "api/v1/facilities/" + KOFU).json().getString("name"));
        s.put("lunsumioName", Json.createReader(new StringReader(Api.getAs("safety1", "api/v1/products").body()))
                .readArray().stream().map(JsonValue::asJsonObject)
                .filter(o -> LUNSUMIO.equals(o.getString("yjCode", null))).findFirst().orElseThrow()
                .getString("name"));
        s.put("chugai", Long.toString(idOf(Api.getAs("admin1", "api/v1/organisations?kind=MANUFACTURER"), "nameJa",
                "中外製薬株式会社")));
        // a decision dist1 asked for at the facility, for 中外製薬's product
        // (a shipment: checks are not stored; delivered (201) or refused (422), its decision is stored)
        Api.Reply asked = Api.postAs("dist1", "api/v1/shipments", "{\"facilityCode\":\"" + KOFU + "\",\"product\":\""
                + LUNSUMIO + "\",\"quantity\":1,\"orderReference\":\"MATRIX-K" + n + "\"}", "Idempotency-Key",
                "matrix-k" + n);
        assertTrue(asked.status() == 201 || asked.status() == 422, "shipment to " + KOFU + ": " + asked.body());
        s.put("decision", asked.status() == 201 ? asked.json().getString("decisionId")
                : asked.json().getJsonObject("decision").getString("decisionId"));
        // issue 14: a user of 中外製薬 made for the matrix, whose roles, lock and password the matrix changes
        String account = "matrix" + n;
        created(Api.postAs("admin1", "api/v1/users", "{\"username\":\"" + account + "\",\"password\":\"matrix-password-"
                + n + "\",\"roles\":[\"MR\"],\"organisationId\":" + s.get("chugai") + "}"), "matrix user");
        s.put("account", account);
        // a physician of the facility, registered for the matrix (its employment is ended by it)
        String physician = "マトリクス 医師" + n;
        s.put("physicianName", physician);
        JsonObject registered = created(Api.postAs("fadmin1", "api/v1/facilities/" + KOFU + "/physicians",
                "{\"name\":\"" + physician + "\",\"licence\":\"2010-04-01\",\"hematologyYears\":5,"
                        + "\"chemotherapyYears\":5,\"fullTime\":true,\"employedFrom\":\"2020-04-01\"}"), "physician");
        long physicianId = registered.getJsonNumber("id").longValue();
        s.put("physician", Long.toString(physicianId));
        s.put("employment", registered.getJsonArray("physicians").stream().map(JsonValue::asJsonObject)
                .filter(p -> p.getJsonNumber("id").longValue() == physicianId).findFirst().orElseThrow()
                .getJsonNumber("employmentId").toString());
        // an Abecma patient's checklist of the facility (issue 12), by its administrator, with that physician
        String registry = "MTX-" + n;
        s.put("patientRegistryId", registry);
        s.put("patientChecklist", created(Api.postAs("fadmin1", "api/v1/facilities/" + KOFU + "/patient-checklists",
                "{\"product\":\"4900409X1022\",\"registryId\":\"" + registry + "\",\"physicianId\":" + physicianId
                        + ",\"assessedOn\":\"2026-11-30\",\"relapsedOrRefractoryMm\":true,\"noPriorBcmaCarT\":true,"
                        + "\"priorTherapies\":true,\"cnsMyeloma\":false,\"plasmaCellDisorder\":false,"
                        + "\"priorAllogeneicHsct\":false,\"otherMalignancy\":false,\"ecogPs\":0}"), "patient checklist")
                .getJsonNumber("id").toString());
        // a partnership in force only from 2099, so it changes no decision of the other tests
        for (String partner : List.of("1910112398", "1912110952")) {
            Api.Reply r = Api.postAs("fadmin1", "api/v1/facilities/" + KOFU + "/partnerships", "{\"partnerCode\":\""
                    + partner + "\",\"coverage\":[\"ICU_CARE\"],\"validFrom\":\"2099-01-01\"}");
            if (r.status() == 201) {
                s.put("partnership", r.json().getJsonArray("partners").stream().map(JsonValue::asJsonObject)
                        .filter(p -> "2099-01-01".equals(p.getString("validFrom", null)))
                        .max(Comparator.comparingLong(p -> p.getJsonNumber("id").longValue())).orElseThrow()
                        .getJsonNumber("id").toString());
                break;
            }
        }
        assertTrue(s.containsKey("partnership"), "a future partnership for the matrix");
        // and one 1912110952 entered naming 1910114451 as its partner, for 1910114451's administrator to accept
        Api.Reply request = Api.postAs("fadmin2", "api/v1/facilities/1912110952/partnerships", "{\"partnerCode\":\""
                + KOFU + "\",\"coverage\":[\"SPECIALIST_SUPPORT\"],\"validFrom\":\"2099-01-01\"}");
        assertEquals(201, request.status(), request.body());
        s.put("partnerRequest", request.json().getJsonArray("partners").stream().map(JsonValue::asJsonObject)
                .filter(p -> KOFU.equals(p.getString("code")) && "2099-01-01".equals(p.getString("validFrom", null)))
                .max(Comparator.comparingLong(p -> p.getJsonNumber("id").longValue())).orElseThrow()
                .getJsonNumber("id").toString());
        String url = "https://hooks.example.com/matrix-" + n;
        s.put("webhookUrl", url);
        s.put("webhook", created(Api.postAs("dist1", "api/v1/webhooks", "{\"url\":\"" + url + "\"}"), "webhook")
                .getJsonNumber("id").toString());
        // 中外製薬's agreement with a distributor made for the matrix, from 2099 (ended by the matrix)
        long distributor = created(Api.postAs("admin1", "api/v1/organisations", "{\"kind\":\"DISTRIBUTOR\","
                + "\"nameJa\":\"マトリクス卸" + n + "\",\"nameEn\":\"Matrix wholesale " + n + "\"}"), "distributor")
                .getJsonNumber("id").longValue();
        s.put("agreement", created(Api.postAs("safety1", "api/v1/organisations/" + s.get("chugai") + "/agreements",
                "{\"distributorId\":" + distributor + ",\"products\":[],\"validFrom\":\"2099-01-01\"}"), "agreement")
                .getJsonNumber("id").toString());
        // a Lunsumio draft by 中外製薬's second safety manager, in force from 2099 only once approved
        s.put("draft", created(Api.postAs("safety1b", "api/v1/products/" + LUNSUMIO + "/profile-versions",
                "{\"effectiveFrom\":\"2099-01-01\",\"source\":\"matrix\",\"requirements\":[{\"requirementId\":"
                        + "\"LUN-MTX-1\",\"clause\":\"matrix\",\"titleJa\":\"マトリクス\",\"titleEn\":\"matrix\","
                        + "\"criteria\":[{\"type\":\"BRIEFING_MODE\"}]}]}"), "draft").getJsonNumber("version")
                .toString());
        // 中外製薬's supply suspension at the facility (lifted by the matrix's DELETE, early in its order)
        String reason = "マトリクスの出荷停止 " + n;
        s.put("suspensionReason", reason);
        s.put("suspension", created(Api.postAs("safety1", "api/v1/facilities/" + KOFU + "/suspensions",
                "{\"reason\":\"" + reason + "\"}"), "suspension").getJsonNumber("id").toString());
        // a shipment of dist1's, to the demo's eligible facility
        String order = "MATRIX-" + n;
        s.put("orderReference", order);
        // (Imdelltra, Amgen's: Lunsumio would release 1912110952 from LUN-DST-2, which GateIT relies on)
        created(Api.postAs("dist1", "api/v1/shipments", "{\"facilityCode\":\"1912110952\",\"product\":\""
                + IMDELLTRA + "\",\"quantity\":1,\"orderReference\":\"" + order + "\"}", "Idempotency-Key", order),
                "shipment");
        // a declaration of the facility (its administrator declares what the demo has: nothing changes) and 中外製薬's
        // evidence document for it (its site-visit confirmation of 1910114451's 24-hour care)
        JsonObject declared = created(Api.postAs("fadmin1", "api/v1/facilities/" + KOFU + "/declarations",
                "{\"fact\":\"CARE_24H\",\"value\":true}"), "declaration");
        s.put("declaration", declared.getJsonNumber("id").toString());
        JsonObject withDocument = created(Api.multipartAs("mr1", "api/v1/facilities/" + KOFU + "/declarations/"
                + s.get("declaration") + "/confirmation", Map.of("decision", "CONFIRMED", "seenOn", "2026-11-30"),
                "matrix.pdf", "application/pdf", ("%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
                        + "2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n")
                        .getBytes(java.nio.charset.StandardCharsets.US_ASCII)), "evidence");
        s.put("evidence", withDocument.getJsonArray("confirmations").stream().map(JsonValue::asJsonObject)
                .filter(c -> c.containsKey("documentId") && !c.isNull("documentId")).findFirst().orElseThrow()
                .getJsonNumber("documentId").toString());
        s.put("stockLedger", "onHandMg");
        s.put("pendingDeclaration", "\"facilityCode\":\"1910112398\"");
        s.put("pendingFacility", "山梨県立中央病院 (1910112398)");
        s.put("fadmin1Event", "\"username\":\"fadmin1\"");
        s.put("fadmin1Csv", ",fadmin1,");
        SAMPLE.putAll(s);
        return SAMPLE;
    }

    /**
     * @param method HTTP method
     * @param path   path below the application
     * @param user   user, or {@code null} for nobody
     * @return the answer
     */
    static HttpResponse<String> call(String method, String path, String user) throws Exception {
        // in Japanese, as the users read it
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(Api.BASE + path)).header("Accept-Language", "ja");
        if (user != null) {
            b.header("Authorization", Api.basic(user, Api.DEMO_PASSWORD));
        }
        if ("POST".equals(method)) {
            // the scale-data generator gets a plan that writes nothing: "{}" would start the national plan
            String body = path.contains("admin/scale-data") ? "{\"seed\":" + (System.nanoTime() % 1_000_000_000L)
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
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String sample(String template) {
        Map<String, String> s = samples();
        return template.replace("{code}", KOFU).replace("{id}/agreements", s.get("chugai") + "/agreements")
                .replace("{agreementId}", s.get("agreement")).replace("webhooks/{id}", "webhooks/" + s.get("webhook"))
                .replace("physicians/{id}", "physicians/" + s.get("physician"))
                .replace("employments/{id}", "employments/" + s.get("employment"))
                .replace("partnerships/{id}", "partnerships/" + s.get("partnership"))
                .replace("partner-requests/{id}", "partner-requests/" + s.get("partnerRequest"))
                .replace("suspensions/{id}", "suspensions/" + s.get("suspension"))
                .replace("declarations/{id}", "declarations/" + s.get("declaration"))
                .replace("evidence/{id}", "evidence/" + s.get("evidence"))
                .replace("patient-checklists/{id}", "patient-checklists/" + s.get("patientChecklist"))
                .replace("decisions/{id}", "decisions/" + s.get("decision"))
                .replace("organisations/{id}", "organisations/" + s.get("chugai"))
                .replace("inbox/{id}", "inbox/999999999")
                .replace("{username}", "mr1").replace("{account}", s.get("account"))
                .replace("{decision}", s.get("decision")).replace("{facilityCode}", "1910112398")
                .replace("{yjCode}", LUNSUMIO).replace("{versionNo}", s.get("draft"));
    }

    /** Denied users first, so an allowed call that ends or deletes a sample cannot make a denial look right. */
    private static List<User> deniedFirst(Rule rule) {
        List<User> order = new ArrayList<>(USERS);
        order.sort(Comparator.comparing(rule::allows));
        return order;
    }

    private static void checkMarker(Rule rule, String what, User u, String body, List<String> wrong) {
        if (rule.marker == null) {
            return;
        }
        boolean sees = body.contains(samples().get(rule.marker));
        if (sees != rule.seers.contains(u.name())) {
            wrong.add(what + " as " + u.name() + (sees ? ": shows " : ": does not show ") + rule.marker);
        }
    }

    @Test
    void everyEndpointOfTheOpenApiDocumentHasAnOrganisationRuleAndKeepsIt() throws Exception {
        String doc = HTTP.send(HttpRequest.newBuilder(URI.create("http://localhost:8080/openapi"))
                .header("Accept", "application/json").build(), HttpResponse.BodyHandlers.ofString()).body();
        JsonObject paths = Json.createReader(new StringReader(doc)).readObject().getJsonObject("paths");
        Set<String> endpoints = new TreeSet<>();
        paths.forEach((p, ops) -> ops.asJsonObject().keySet().stream()
                .filter(m -> Set.of("get", "post", "put", "delete", "patch").contains(m))
                .forEach(m -> endpoints.add(m.toUpperCase() + " " + p.substring(p.indexOf("/v1/")))));
        Set<String> unruled = new TreeSet<>(endpoints);
        unruled.removeIf(e -> API.containsKey(e) && API.get(e).organisationRuled());
        if (!unruled.isEmpty()) {
            fail("endpoints without an organisation rule in this test: " + unruled);
        }
        List<String> wrong = new ArrayList<>();
        int calls = 0;
        for (String endpoint : endpoints) {
            String method = endpoint.substring(0, endpoint.indexOf(' '));
            Rule rule = API.get(endpoint);
            String path = "api" + sample(endpoint.substring(endpoint.indexOf(' ') + 1)) + rule.query;
            int nobody = call(method, path, null).statusCode();
            if (rule.open ? nobody == 401 || nobody == 403 : nobody != 401) {
                wrong.add(endpoint + " as nobody: " + nobody);
            }
            for (User u : deniedFirst(rule)) {
                HttpResponse<String> r = call(method, path, u.name());
                calls++;
                int status = r.statusCode();
                boolean denied = status == 401 || status == 403 || status == 404;
                if (!rule.open && rule.allows(u) == denied) {
                    wrong.add(endpoint + " as " + u.name() + (u.own() ? " (own)" : " (other)") + ": " + status);
                }
                if (!denied) {
                    checkMarker(rule, endpoint, u, r.body(), wrong);
                }
            }
        }
        assertEquals(List.of(), wrong);
        assertTrue(calls >= API.size() * USERS.size(), "every endpoint called as every user: " + calls);
    }

    @Test
    void everyPageHasAnOrganisationRuleAndKeepsIt() throws Exception {
        Path webapp = Path.of(System.getProperty("sitegate.webapp"));
        List<String> pages;
        try (Stream<Path> files = Files.walk(webapp)) {
            pages = files.filter(f -> f.toString().endsWith(".xhtml")).map(f -> webapp.relativize(f).toString())
                    .filter(f -> !f.startsWith("WEB-INF")).sorted().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Set<String> unruled = new TreeSet<>(pages);
        unruled.removeIf(p -> PAGES.containsKey(p) && PAGES.get(p).organisationRuled());
        if (!unruled.isEmpty()) {
            fail("pages without an organisation rule in this test: " + unruled);
        }
        samples();
        List<String> wrong = new ArrayList<>();
        for (String page : pages) {
            Rule rule = PAGES.get(page);
            String path = sample(page + rule.query);
            HttpResponse<Void> anon = HTTP.send(HttpRequest.newBuilder(URI.create(Api.BASE + path)).GET().build(),
                    HttpResponse.BodyHandlers.discarding());
            boolean toLogin = anon.statusCode() == 302
                    && anon.headers().firstValue("Location").orElse("").contains("login.xhtml");
            if (rule.open ? toLogin || anon.statusCode() == 403 : !toLogin) {
                wrong.add(page + " as nobody: " + anon.statusCode());
            }
            for (User u : USERS) {
                HttpResponse<String> r = call("GET", path, u.name());
                boolean opens = r.statusCode() == 200;
                // a page opens to the roles its rule names; what an organisation may not see is left out of it
                boolean roleMayOpen = rule.open || rule.scopes.containsKey(u.kind());
                if (roleMayOpen != opens) {
                    wrong.add(page + " as " + u.name() + ": " + r.statusCode());
                }
                if (opens) {
                    checkMarker(rule, page, u, r.body(), wrong);
                }
                if (opens && !rule.open && !rule.allows(u) && rule.marker == null) {
                    wrong.add(page + " as " + u.name() + ": an own-organisation page needs a marker to check");
                }
            }
        }
        assertEquals(List.of(), wrong);
    }
}
