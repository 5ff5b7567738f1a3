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

/**
 * Issue 6 "Scale data" through the running server: only the system administrator may start the generator, a bad
 * plan is refused naming its field, and a run goes through the server's executor to DONE with its progress
 * readable. The plan here writes nothing (no facilities), so the other tests' data stays as they expect;
 * {@code ScaleDataGeneratorTest} checks what a real plan writes.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ScaleDataIT {
    private static final String PATH = "api/v1/admin/scale-data";
    private static final String NOTHING = "{\"seed\":3,\"facilities\":0,\"physicians\":0,\"briefings\":0,\"lots\":0,"
            + "\"auditEvents\":0}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void onlyTheSystemAdministratorMayStartOrWatchIt() {
        assertEquals(403, Api.postAs("dist1", PATH, NOTHING).status());
        assertEquals(403, Api.postAs("safety1", PATH, NOTHING).status());
        assertEquals(403, Api.getAs("mr1", PATH).status());
        assertEquals(401, Api.anonymous(PATH).status());
    }

    @Test
    void aBadPlanIsRefusedNamingItsField() {
        Api.Reply negative = Api.postAs("admin1", PATH, "{\"physicians\":-5}");
        assertEquals(400, negative.status(), negative.body());
        assertTrue(negative.body().contains("physicians"), negative.body());
        Api.Reply fraction = Api.postAs("admin1", PATH, "{\"lots\":1.5}");
        assertEquals(400, fraction.status(), fraction.body());
        assertTrue(fraction.body().contains("lots"), fraction.body());
        Api.Reply unknown = Api.postAs("admin1", PATH, "{\"doctors\":5}");
        assertEquals(400, unknown.status(), unknown.body());
        assertTrue(unknown.body().contains("doctors"), unknown.body());
        Api.Reply noFacilities = Api.postAs("admin1", PATH, "{\"facilities\":0}");
        assertEquals(400, noFacilities.status(), noFacilities.body());
        assertTrue(noFacilities.body().contains("facilities"), noFacilities.body());
    }

    @Test
    void aRunGoesThroughTheExecutorToDoneWithItsProgressReadable() throws InterruptedException {
        Api.Reply started = Api.postAs("admin1", PATH, NOTHING);
        assertEquals(202, started.status(), started.body());
        assertEquals(3, started.json().getJsonObject("plan").getInt("seed"));
        JsonObject p = started.json();
        for (int i = 0; i < 100 && "RUNNING".equals(p.getString("state")); i++) {
            Thread.sleep(100);
            p = Api.getAs("admin1", PATH).json();
        }
        assertEquals("DONE", p.getString("state"), p.toString());
        assertEquals(0, p.getJsonObject("created").size(), p.toString());
        long counted = p.getJsonNumber("auditEvents").longValue();
        long total = BadInputIT.auditTotal(""); // every event of the chain, security events included
        assertTrue(counted > 0 && counted <= total, counted + " events counted, " + total + " in the trail");
    }
}
