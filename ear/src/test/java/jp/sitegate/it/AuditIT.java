package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The audit trail on the deployed EAR: who did what is recorded, the safety manager reads, exports and verifies it. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AuditIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void aChangeIsRecordedWithItsAuthorAndTheChainVerifies() {
        // mr1 works for 中外製薬 (Lunsumio) and is assigned to 1910112398 (issue 10)
        Api.Reply b = Api.postAs("mr1", "api/v1/facilities/1910112398/briefings", "{\"product\":\"4291476A1028\","
                + "\"briefedOn\":\"2025-10-01\",\"mode\":\"IN_PERSON\"}");
        assertEquals(201, b.status(), b.body());
        JsonObject page = Api.getAs("safety1", "api/v1/audit?user=mr1&entity=Briefing").json();
        assertTrue(page.getJsonNumber("total").longValue() >= 1, page.toString());
        JsonObject event = page.getJsonArray("items").getJsonObject(0);
        assertEquals("CREATE", event.getString("action"));
        assertEquals("1910112398", event.getString("facilityCode"));
        assertTrue(event.getString("after").contains("デモ MR（中外製薬）"), event.toString());
        // every event records the actor's organisation (issue 10)
        assertTrue(event.containsKey("organisationId") && !event.isNull("organisationId"), event.toString());

        JsonObject v = Api.getAs("safety1", "api/v1/audit/verification").json();
        assertTrue(v.getBoolean("intact"), v.toString());
        assertTrue(v.getJsonNumber("eventsChecked").longValue() >= 1);

        Api.Reply csv = Api.getAs("safety1", "api/v1/audit/export.csv?user=mr1");
        assertEquals(200, csv.status());
        assertTrue(csv.body().contains("デモ MR（中外製薬）"), "the export holds the event");
        assertEquals(403, Api.getAs("dist1", "api/v1/audit").status(), "distributors do not read the audit trail");
    }
}
