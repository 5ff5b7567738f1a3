package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Recording shipments through the gate (LUN-DST-1/2): accepted, refused with the findings, idempotent retries,
 * stored decisions shown exactly as made. Against MariaDB the stored rows are also checked through Connector/J.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ShipmentIT {
    static final String UNIV = "1912110952";
    static final String IMDELLTRA_1MG = "4291477D1029";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    static String body(String code, String product, int quantity, String ref) {
        return "{\"facilityCode\":\"" + code + "\",\"product\":\"" + product + "\",\"quantity\":" + quantity
                + ",\"orderReference\":\"" + ref + "\",\"distributor\":\"IT卸\"}";
    }

    @Test
    void eligibleShipmentIsRecordedOnceAndImdelltraStaysGatedEveryTime() throws Exception {
        String key = UUID.randomUUID().toString();
        Api.Reply first = Api.post("api/v1/shipments", body(UNIV, IMDELLTRA_1MG, 2, "PO-1"), "Idempotency-Key", key);
        assertEquals(201, first.status(), first.body());
        JsonObject receipt = first.json();
        assertEquals(false, receipt.getBoolean("replayed"));

        JsonObject after = GateIT.check(UNIV, IMDELLTRA_1MG);
        // issue 12: Imdelltra's seeds hold no release clause; its provisional profile gates every delivery
        assertEquals("NOT_APPLICABLE", after.getString("firstDeliveryRestriction"), "every Imdelltra delivery gated");
        assertTrue(!after.containsKey("releaseClause") || after.isNull("releaseClause"), after.toString());
        assertEquals("ELIGIBLE", after.getString("decision"));

        Api.Reply retry = Api.post("api/v1/shipments", body(UNIV, IMDELLTRA_1MG, 2, "PO-1"), "Idempotency-Key", key);
        assertEquals(200, retry.status(), retry.body());
        assertEquals(receipt.getJsonNumber("shipmentId"), retry.json().getJsonNumber("shipmentId"));
        assertEquals(true, retry.json().getBoolean("replayed"));

        Api.Reply conflict = Api.post("api/v1/shipments", body(UNIV, IMDELLTRA_1MG, 3, "PO-1"), "Idempotency-Key",
                key);
        GateIT.assertProblem(conflict, 409, "Idempotency-Key");

        Api.Reply decision = Api.get("api/v1/decisions/" + receipt.getString("decisionId"));
        assertEquals(200, decision.status());
        assertEquals("ELIGIBLE", decision.json().getString("decision"));
        assertEquals(receipt.getString("decisionId"), decision.json().getString("decisionId"));
        assertEquals(decision.body(), Api.get("api/v1/decisions/" + receipt.getString("decisionId")).body(),
                "shown again exactly as stored");

        assertStoredRows("SELECT COUNT(*) FROM shipment WHERE idempotency_key = ?", key, 1);
        assertStoredRows("SELECT COUNT(*) FROM delivery_release r JOIN facility f ON f.id = r.facility_id "
                + "JOIN product p ON p.id = r.product_id WHERE f.code = '" + UNIV + "' AND p.product_key = ?",
                "IMDELLTRA", 0);
    }

    @Test
    void tenConcurrentRetriesMakeOneShipment() throws Exception {
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(10);
        try {
            List<Future<Api.Reply>> replies = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                replies.add(pool.submit(() -> Api.post("api/v1/shipments", body(UNIV, "4291477D2025", 1, "PO-C"),
                        "Idempotency-Key", key)));
            }
            Set<String> ids = new java.util.HashSet<>();
            for (Future<Api.Reply> f : replies) {
                Api.Reply r = f.get();
                assertTrue(r.status() == 200 || r.status() == 201, r.status() + " " + r.body());
                ids.add(r.json().getJsonNumber("shipmentId").toString());
            }
            assertEquals(1, ids.size(), ids.toString());
        } finally {
            pool.shutdownNow();
        }
        assertStoredRows("SELECT COUNT(*) FROM shipment WHERE idempotency_key = ?", key, 1);
    }

    @Test
    void notEligibleShipmentIsRefusedWithTheFindingsAndTheDecisionIsStored() {
        Api.Reply r = Api.post("api/v1/shipments", body("1910112398", "4900409X1022", 1, "PO-2"), "Idempotency-Key",
                UUID.randomUUID().toString());
        assertEquals(422, r.status(), r.body());
        assertTrue(r.contentType().startsWith("application/problem+json"));
        JsonObject decision = r.json().getJsonObject("decision");
        assertEquals("NOT_ELIGIBLE", decision.getString("decision"));
        assertTrue(GateIT.failing(decision).contains("ABE-FAC-2"));
        // the profile's 12 requirements and ABE-PAT-1: this shipment names no patient's checklist (issue 12)
        assertEquals(13, decision.getJsonArray("findings").size());
        assertTrue(GateIT.failing(decision).contains("ABE-PAT-1"));
        Api.Reply stored = Api.get("api/v1/decisions/" + decision.getString("decisionId"));
        assertEquals(200, stored.status());
        assertEquals("NOT_ELIGIBLE", stored.json().getString("decision"));
    }

    @Test
    void badShipmentsAnswerProblemDetails() {
        GateIT.assertProblem(Api.post("api/v1/shipments", body(UNIV, IMDELLTRA_1MG, 1, "x")), 400, "Idempotency-Key");
        GateIT.assertProblem(Api.post("api/v1/shipments", body(UNIV, IMDELLTRA_1MG, 0, "x"), "Idempotency-Key", "k0"),
                400, "quantity");
        GateIT.assertProblem(Api.post("api/v1/shipments", body("123", IMDELLTRA_1MG, 1, "x"), "Idempotency-Key",
                "k1"), 400, "code");
        GateIT.assertProblem(Api.post("api/v1/shipments", "{\"facilityCode\":\"" + UNIV + "\",\"product\":\""
                + IMDELLTRA_1MG + "\",\"quantity\":\"many\"}", "Idempotency-Key", "k2"), 400, "quantity");
        GateIT.assertProblem(Api.post("api/v1/shipments", "not json", "Idempotency-Key", "k3"), 400, "body");
        GateIT.assertProblem(Api.get("api/v1/decisions/no-such-decision"), 404, "id");
    }

    /** Checks a stored row count through Connector/J when the suite runs against MariaDB/MySQL. */
    static void assertStoredRows(String sql, String param, int expected) {
        String url = System.getProperty("sitegate.db.url", "");
        // issue 13: never a silent pass — on H2 the database lives inside Payara's JVM, out of the test's reach, so the
        // row counts are checked in the MariaDB stage of .ci/run and the test is reported as skipped here
        org.junit.jupiter.api.Assumptions.assumeTrue(url.startsWith("jdbc:mysql:"),
                "stored rows are counted on MariaDB only (H2 is in Payara's memory): " + sql);
        try (Connection c = DriverManager.getConnection(url, System.getProperty("sitegate.db.user"),
                System.getProperty("sitegate.db.password")); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, param);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertEquals(expected, rs.getInt(1), sql);
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    static String joined(List<String> l) {
        return l.stream().collect(Collectors.joining(","));
    }
}
