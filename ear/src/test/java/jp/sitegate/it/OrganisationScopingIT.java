package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 10: every user speaks for one organisation and sees and changes only what is theirs — one test per item of
 * the list, through the API, with two manufacturers (中外製薬: mr1/safety1, BMS: mr2/safety2), two
 * distributors (デモ卸: dist1, サンプル薬品: dist2, which has an agreement for Lunsumio only) and two facilities
 * (fadmin1: 1910114451, fadmin2: 1912110952).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationScopingIT {
    static final String LUNSUMIO = "4291476A1028";
    static final String ABECMA = "4900409X1022";
    static final String ELIGIBLE_FACILITY = "1912110952";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    private static Api.Reply ship(String user, String key, String product) {
        return Api.postAs(user, "api/v1/shipments", "{\"facilityCode\":\"" + ELIGIBLE_FACILITY + "\",\"product\":\""
                + product + "\",\"quantity\":1,\"orderReference\":\"ORG-" + key + "\"}", "Idempotency-Key", key);
    }

    @Test
    void aDistributorSeesNeitherAnotherDistributorsShipmentsNorItsDecisionsNorItsKeys() {
        String key = "org-scope-" + System.nanoTime();
        Api.Reply first = ship("dist1", key, LUNSUMIO);
        assertEquals(201, first.status(), first.body());
        String decision = first.json().getString("decisionId");
        // the same key from another distributor is its own shipment, not dist1's receipt
        Api.Reply other = ship("dist2", key, LUNSUMIO);
        assertEquals(201, other.status(), other.body());
        assertFalse(decision.equals(other.json().getString("decisionId")));
        // another distributor's decision does not exist for dist2 (404, not 403)
        assertEquals(404, Api.getAs("dist2", "api/v1/decisions/" + decision).status());
        assertEquals(200, Api.getAs("dist1", "api/v1/decisions/" + decision).status());
        // the product's manufacturer and the facility read it; another manufacturer and another facility do not
        assertEquals(200, Api.getAs("safety1", "api/v1/decisions/" + decision).status());
        assertEquals(200, Api.getAs("fadmin2", "api/v1/decisions/" + decision).status());
        assertEquals(404, Api.getAs("safety2", "api/v1/decisions/" + decision).status());
        assertEquals(404, Api.getAs("fadmin1", "api/v1/decisions/" + decision).status());
    }

    @Test
    void theShipmentsDistributorIsTheCallersOrganisationWhateverTheBodySays() {
        String key = "org-body-" + System.nanoTime();
        Api.Reply r = Api.postAs("dist2", "api/v1/shipments", "{\"facilityCode\":\"" + ELIGIBLE_FACILITY
                + "\",\"product\":\"" + LUNSUMIO + "\",\"quantity\":1,\"distributor\":\"デモ卸株式会社\"}",
                "Idempotency-Key", key);
        assertEquals(201, r.status(), r.body());
        // dist1 (whose name the body gave) cannot read it back by its key: its own key space has no such shipment
        Api.Reply asDist1 = ship("dist1", key, LUNSUMIO);
        assertEquals(201, asDist1.status(), "a new shipment of dist1, not dist2's receipt: " + asDist1.body());
        assertEquals(404, Api.getAs("dist1", "api/v1/decisions/" + r.json().getString("decisionId")).status());
    }

    @Test
    void aDistributorWithoutAnAgreementForTheProductIsRefusedNamingTheProduct() {
        Api.Reply r = ship("dist2", "org-noagreement-" + System.nanoTime(), ABECMA);
        assertEquals(403, r.status(), r.body());
        assertEquals("product", r.json().getString("field"));
        assertTrue(r.json().getString("detail").contains("特約店契約"), r.body());
        // the batch answers the line with its own reason, the agreed product's line is decided
        Api.Reply batch = Api.uploadAs("dist2", "api/v1/batch-checks", ("医療機関コード,YJコード,数量,注文番号\n"
                + ELIGIBLE_FACILITY + "," + ABECMA + ",1,A\n" + ELIGIBLE_FACILITY + "," + LUNSUMIO + ",1,B\n")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, batch.status(), batch.body());
        JsonArray results = batch.json().getJsonArray("results");
        assertEquals(2, results.size());
        assertEquals("ERROR", results.getJsonObject(0).getString("decision"));
        assertTrue(results.getJsonObject(0).getString("error").contains("特約店契約"), batch.body());
        assertFalse("ERROR".equals(results.getJsonObject(1).getString("decision")), batch.body());
    }

    @Test
    void aSafetyManagerChangesOnlyTheirOwnManufacturersProfiles() {
        String draft = "{\"effectiveFrom\":\"2030-01-01\",\"source\":\"test\",\"requirements\":[]}";
        Api.Reply other = Api.postAs("safety2", "api/v1/products/" + LUNSUMIO + "/profile-versions", draft);
        assertEquals(403, other.status(), other.body());
        // the owner gets past the rule to the validation of the draft (no requirement: 400 naming it)
        Api.Reply own = Api.postAs("safety1", "api/v1/products/" + LUNSUMIO + "/profile-versions", draft);
        assertEquals(400, own.status(), own.body());
        assertEquals("requirements", own.json().getString("field"));
    }

    @Test
    void anMrRecordsOnlyTheirManufacturersBriefingsAndTheMrIsTheSignedInUser() {
        String body = "{\"product\":\"" + LUNSUMIO + "\",\"mrName\":\"誰か\",\"briefedOn\":\"2025-06-01\","
                + "\"mode\":\"IN_PERSON\"}";
        Api.Reply other = Api.postAs("mr2", "api/v1/facilities/" + ELIGIBLE_FACILITY + "/briefings", body);
        assertEquals(403, other.status(), other.body());
        assertEquals("product", other.json().getString("field"));
        Api.Reply own = Api.postAs("mr1", "api/v1/facilities/" + ELIGIBLE_FACILITY + "/briefings", body);
        assertEquals(201, own.status(), own.body());
        assertTrue(own.json().getString("mrName").startsWith("デモ MR"), "the signed-in MR, not the body's name: "
                + own.body());
    }

    @Test
    void physiciansPersonalDataOnlyForTheFacilityAndManufacturersTiedToIt() {
        // BMS has an MR assigned at 1912110952 only; 中外製薬's mr1 is assigned at 1910114451
        assertEquals(403, Api.getAs("mr2", "api/v1/facilities/1910114451/physicians").status());
        assertEquals(403, Api.getAs("safety2", "api/v1/facilities/1910114451/physicians").status());
        assertEquals(200, Api.getAs("mr1", "api/v1/facilities/1910114451/physicians").status());
        assertEquals(200, Api.getAs("mr2", "api/v1/facilities/1912110952/physicians").status());
        assertEquals(200, Api.getAs("fadmin1", "api/v1/facilities/1910114451/physicians").status());
        assertEquals(403, Api.getAs("fadmin2", "api/v1/facilities/1910114451/physicians").status());
        assertEquals(403, Api.getAs("dist1", "api/v1/facilities/1910114451/physicians").status());
    }

    @Test
    void rolesOfAnotherOrganisationKindAreRefusedNamingTheField() {
        JsonObject hospital = Api.getAs("admin1", "api/v1/organisations?facilityCode=1910114451").parse()
                .asJsonArray().getJsonObject(0);
        Api.Reply both = Api.postAs("admin1", "api/v1/users", "{\"username\":\"both-" + System.nanoTime()
                + "\",\"password\":\"a-long-password-1\",\"roles\":[\"FACILITY_ADMIN\",\"DISTRIBUTOR\"],"
                + "\"organisationId\":" + hospital.getJsonNumber("id").longValue() + "}");
        assertEquals(400, both.status(), both.body());
        assertEquals("roles", both.json().getString("field"));
        Api.Reply unknown = Api.postAs("admin1", "api/v1/users", "{\"username\":\"nobody-" + System.nanoTime()
                + "\",\"password\":\"a-long-password-1\",\"roles\":[\"MR\"],\"organisationId\":987654321}");
        assertEquals(400, unknown.status(), unknown.body());
        assertEquals("organisationId", unknown.json().getString("field"));
    }

    @Test
    void organisationsAndAgreementsRefuseBadInputNamingTheField() {
        Api.Reply badNumber = Api.postAs("admin1", "api/v1/organisations",
                "{\"kind\":\"DISTRIBUTOR\",\"nameJa\":\"テスト卸\",\"corporateNumber\":\"1000012050002\"}");
        assertEquals(400, badNumber.status(), badNumber.body());
        assertEquals("corporateNumber", badNumber.json().getString("field"));
        Api.Reply created = Api.postAs("admin1", "api/v1/organisations", "{\"kind\":\"DISTRIBUTOR\",\"nameJa\":"
                + "\"テスト卸 " + System.nanoTime() + "\"}");
        assertEquals(201, created.status(), created.body());
        long distributor = created.json().getJsonNumber("id").longValue();
        long chugai = Api.getAs("safety1", "api/v1/organisations?kind=MANUFACTURER").parse().asJsonArray().stream()
                .map(v -> v.asJsonObject()).filter(o -> o.getString("nameJa").equals("中外製薬株式会社")).findFirst()
                .orElseThrow().getJsonNumber("id").longValue();
        String path = "api/v1/organisations/" + chugai + "/agreements";
        Api.Reply backwards = Api.postAs("safety1", path, "{\"distributorId\":" + distributor
                + ",\"validFrom\":\"2026-04-01\",\"validTo\":\"2026-03-31\"}");
        assertEquals(400, backwards.status(), backwards.body());
        assertEquals("validTo", backwards.json().getString("field"));
        Api.Reply ok = Api.postAs("safety1", path, "{\"distributorId\":" + distributor + ",\"products\":[\"" + LUNSUMIO
                + "\"],\"validFrom\":\"2026-04-01\"}");
        assertEquals(201, ok.status(), ok.body());
        Api.Reply overlap = Api.postAs("safety1", path, "{\"distributorId\":" + distributor
                + ",\"validFrom\":\"2027-01-01\",\"validTo\":\"2027-12-31\"}");
        assertEquals(409, overlap.status(), overlap.body());
        assertEquals("validFrom", overlap.json().getString("field"));
        // another manufacturer's safety manager may not act for 中外製薬, whatever the body says
        assertEquals(403, Api.postAs("safety2", path, "{}").status());
    }

    @Test
    void webhooksAndShipmentListsBelongToTheDistributorsOrganisation() {
        Api.Reply hook = Api.postAs("dist1", "api/v1/webhooks", "{\"url\":\"https://example.jp/org-scope\"}");
        assertEquals(201, hook.status(), hook.body());
        long id = hook.json().getJsonNumber("id").longValue();
        assertEquals(404, Api.getAs("dist2", "api/v1/webhooks/" + id + "/deliveries").status());
        assertTrue(Api.getAs("dist2", "api/v1/webhooks").parse().asJsonArray().stream()
                .noneMatch(w -> w.asJsonObject().getJsonNumber("id").longValue() == id));
    }
}
