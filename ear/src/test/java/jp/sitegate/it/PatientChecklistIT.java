package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 12 through the API: each Abecma delivery is one patient's. The facility's administrator of 山梨大学医学部附属病院
 * (1912110952, eligible for Abecma in the demo; fadmin2) records a patient's checklist of the optimal-use guideline's
 * section 5; an Abecma shipment names such a checklist whose patient is a candidate, once, or is refused with
 * ABE-PAT-1 (422, the decision stored). The checklist is the facility's and Abecma's manufacturer's (BMS: mr2 is
 * assigned there) — another facility's administrator, a distributor and another manufacturer get 403 or 404.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PatientChecklistIT {
    static final String UNIV = "1912110952";
    static final String ABECMA = "4900409X1022";
    static final String PATH = "api/v1/facilities/" + UNIV + "/patient-checklists";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    /** @return a physician employed at 1912110952 now, as its administrator reads them */
    private static long physician() {
        Api.Reply r = Api.getAs("fadmin2", "api/v1/facilities/" + UNIV + "/physicians");
        assertEquals(200, r.status(), r.body());
        return r.parse().asJsonArray().stream().map(JsonValue::asJsonObject)
                .filter(p -> !p.containsKey("employedTo") || p.isNull("employedTo")).findFirst()
                .orElseThrow(() -> new AssertionError("no physician employed at " + UNIV + ": " + r.body()))
                .getJsonNumber("id").longValue();
    }

    private static String checklist(String registryId, boolean cnsMyeloma, int ecogPs) {
        return "{\"product\":\"" + ABECMA + "\",\"registryId\":\"" + registryId + "\",\"physicianId\":" + physician()
                + ",\"assessedOn\":\"" + LocalDate.now(ZoneId.of("Asia/Tokyo")).minusDays(1) + "\","
                + "\"relapsedOrRefractoryMm\":true,\"noPriorBcmaCarT\":true,\"priorTherapies\":true,"
                + "\"cnsMyeloma\":" + cnsMyeloma + ",\"plasmaCellDisorder\":false,\"priorAllogeneicHsct\":false,"
                + "\"otherMalignancy\":false,\"ecogPs\":" + ecogPs + "}";
    }

    private static JsonObject record(String registryId, boolean cnsMyeloma, int ecogPs) {
        Api.Reply r = Api.postAs("fadmin2", PATH, checklist(registryId, cnsMyeloma, ecogPs));
        assertEquals(201, r.status(), r.body());
        return r.json();
    }

    private static Api.Reply ship(Long checklistId) {
        return Api.postAs("dist1", "api/v1/shipments", "{\"facilityCode\":\"" + UNIV + "\",\"product\":\"" + ABECMA
                + "\",\"quantity\":1,\"orderReference\":\"PAT-" + UUID.randomUUID() + "\""
                + (checklistId == null ? "" : ",\"patientChecklistId\":" + checklistId) + "}",
                "Idempotency-Key", UUID.randomUUID().toString());
    }

    /** @return the ABE-PAT-1 finding of a refused shipment's decision */
    private static JsonObject refusedFor(Api.Reply r) {
        assertEquals(422, r.status(), r.body());
        JsonObject decision = r.json().getJsonObject("decision");
        assertEquals("NOT_ELIGIBLE", decision.getString("decision"));
        assertTrue(GateIT.failing(decision).contains("ABE-PAT-1"), decision.toString());
        JsonObject finding = decision.getJsonArray("findings").stream().map(JsonValue::asJsonObject)
                .filter(f -> "ABE-PAT-1".equals(f.getString("requirementId"))).findFirst().orElseThrow();
        assertEquals("NOT_MET", finding.getString("status"));
        assertEquals("最適使用推進ガイドライン 5. 投与対象となる患者", finding.getString("clause"));
        Api.Reply stored = Api.getAs("dist1", "api/v1/decisions/" + decision.getString("decisionId"));
        assertEquals(200, stored.status(), "the refusal is stored: " + stored.body());
        return finding;
    }

    @Test
    void theFacilityAdministratorRecordsAChecklistReadByTheFacilityAndAbecmasManufacturer() {
        String registry = "IT-" + System.nanoTime();
        JsonObject c = record(registry, false, 0);
        assertTrue(c.getBoolean("candidate"), c.toString());
        assertEquals(registry, c.getString("registryId"));
        long id = c.getJsonNumber("id").longValue();

        Api.Reply list = Api.getAs("fadmin2", PATH);
        assertEquals(200, list.status(), list.body());
        assertTrue(list.parse().asJsonArray().stream().map(JsonValue::asJsonObject)
                .anyMatch(o -> o.getJsonNumber("id").longValue() == id), list.body());
        for (String reader : new String[] {"mr2", "safety2"}) {
            Api.Reply one = Api.getAs(reader, PATH + "/" + id);
            assertEquals(200, one.status(), reader + ": " + one.body());
            assertEquals(registry, one.json().getString("registryId"));
        }
        // a name is not a registry id; every item is answered
        GateIT.assertProblem(Api.postAs("fadmin2", PATH, checklist("山田 太郎", false, 0)), 400, "registryId");
        GateIT.assertProblem(Api.postAs("fadmin2", PATH, checklist("Yamada-Taro", false, 0)), 400, "registryId");
        GateIT.assertProblem(Api.postAs("fadmin2", PATH, checklist("IT-1", false, 0)
                .replace("\"cnsMyeloma\":false,", "")), 400, "cnsMyeloma");
        GateIT.assertProblem(Api.postAs("fadmin2", PATH, checklist("IT-1", false, 5)), 400, "ecogPs");
    }

    @Test
    void anotherFacilitysAdministratorADistributorAndAnotherManufacturerDoNotSeeIt() {
        long id = record("IT-" + System.nanoTime(), false, 1).getJsonNumber("id").longValue();
        for (String user : new String[] {"fadmin1", "dist1"}) {
            int list = Api.getAs(user, PATH).status();
            int one = Api.getAs(user, PATH + "/" + id).status();
            assertTrue(list == 403 || list == 404, user + " list: " + list);
            assertTrue(one == 403 || one == 404, user + " get: " + one);
        }
        // 中外製薬 (mr1 is assigned to 1912110952) is not Abecma's manufacturer: the checklist does not exist for it
        assertEquals(404, Api.getAs("mr1", PATH + "/" + id).status());
        Api.Reply mr1List = Api.getAs("mr1", PATH);
        assertEquals(200, mr1List.status(), mr1List.body());
        assertTrue(mr1List.parse().asJsonArray().stream().map(JsonValue::asJsonObject)
                .noneMatch(o -> o.getJsonNumber("id").longValue() == id), mr1List.body());
        // nor does another facility's administrator record one there
        assertEquals(403, Api.postAs("fadmin1", PATH, checklist("IT-2", false, 0)).status());
    }

    @Test
    void anAbecmaShipmentWithoutAChecklistIsRefused() {
        JsonObject finding = refusedFor(ship(null));
        assertTrue(finding.getString("reason").contains("patientChecklistId"), finding.toString());
    }

    @Test
    void anAbecmaShipmentNamingAChecklistWithAnExclusionIsRefusedWithoutThePatientsAnswers() {
        String registry = "IT-CNS-" + System.nanoTime();
        long id = record(registry, true, 0).getJsonNumber("id").longValue();
        Api.Reply r = ship(id);
        JsonObject finding = refusedFor(r);
        assertTrue(finding.getString("reason").contains("除外基準 1 件"), finding.toString());
        assertFalse(r.body().contains(registry), "the distributor never reads the registry id: " + r.body());
        refusedFor(ship(record("IT-PS-" + System.nanoTime(), false, 2).getJsonNumber("id").longValue()));
    }

    @Test
    void anAbecmaShipmentNamingAGoodChecklistIsAcceptedOnce() {
        long id = record("IT-OK-" + System.nanoTime(), false, 1).getJsonNumber("id").longValue();
        Api.Reply shipped = ship(id);
        assertEquals(201, shipped.status(), shipped.body());
        long shipment = shipped.json().getJsonNumber("shipmentId").longValue();
        Api.Reply after = Api.getAs("fadmin2", PATH + "/" + id);
        assertEquals(shipment, after.json().getJsonNumber("shipmentId").longValue(), after.body());
        // one patient, one delivery
        assertTrue(refusedFor(ship(id)).getString("reason").contains("使用済み"));
    }
}
