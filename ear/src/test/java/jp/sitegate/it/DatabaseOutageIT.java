package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import jakarta.json.JsonValue;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6, "the database stops in the middle of an import or a batch check": the server reaches MariaDB through
 * {@link DbProxy}; once the request has talked to the database for a while the proxy resets every connection and
 * refuses new ones, as a stopped database does. The request answers 503 with {@code Retry-After} and a message that
 * says nothing was stored; nothing of it is stored (facility count and audit trail unchanged); when the proxy
 * accepts again the server serves again by itself (the pool validates connections and replaces the dead ones),
 * and the same request then succeeds. Runs only where the server is behind the proxy ({@code .ci/run} on MariaDB);
 * the embedded H2 lives inside the server and cannot stop on its own.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DatabaseOutageIT {
    private static final ExecutorService CALLS = Executors.newSingleThreadExecutor();
    private DbProxy proxy;

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @BeforeEach
    void behindTheProxy() {
        proxy = DbProxy.instance();
        assumeTrue(proxy != null, "needs the server behind DbProxy (.ci/run's MariaDB run)");
    }

    @AfterEach
    void databaseBack() throws Exception {
        if (proxy != null) {
            proxy.start();
        }
    }

    @AfterAll
    static void shutdown() {
        CALLS.shutdownNow();
    }

    private static long total(String user, String path) {
        Api.Reply r = Api.getAs(user, path);
        assertEquals(200, r.status(), r.body());
        return r.json().getJsonNumber("total").longValue();
    }

    /** Sends the request, stops the database once {@code bytes} more have passed to and from it, returns the reply. */
    private Api.Reply stopDatabaseDuring(Supplier<Api.Reply> request, long bytes) throws Exception {
        long before = proxy.bytes();
        Future<Api.Reply> reply = CALLS.submit(request::get);
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (proxy.bytes() - before < bytes && !reply.isDone() && System.nanoTime() < deadline) {
            Thread.sleep(5);
        }
        assertFalse(reply.isDone(), "the request ended before the database stopped: " + (reply.isDone()
                ? reply.get().status() + " " + reply.get().body() : ""));
        proxy.stop();
        return reply.get(120, TimeUnit.SECONDS);
    }

    private static void assertUnavailable(Api.Reply r) {
        assertEquals(503, r.status(), r.body());
        assertTrue(r.headers().firstValue("Retry-After").isPresent(), "Retry-After");
        assertTrue(r.body().contains("database-unavailable") && r.body().contains("nothing was stored"), r.body());
    }

    /** The first request that reaches the database after it is back: the pool must have recovered by itself. */
    private static int servesAgain() throws InterruptedException {
        for (int attempt = 1; attempt <= 30; attempt++) {
            if (Api.getAs("dist1", "api/v1/facilities?size=1").status() == 200) {
                return attempt;
            }
            Thread.sleep(1_000);
        }
        throw new AssertionError("the server did not serve again within 30 s of the database coming back");
    }

    @Test
    void anImportCutOffByTheDatabaseStoresNothingAndRunsOnceTheDatabaseIsBack() throws Exception {
        byte[] xlsx = Files.readAllBytes(Api.realdata("kouseikyoku_full_R7/33_ika_R7.xlsx"));
        String path = "api/v1/imports/facility-filings?fileName=33_ika_R7.xlsx";
        long facilities = total("dist1", "api/v1/facilities?size=1");
        long audit = BadInputIT.auditEvents();

        Api.Reply cut = stopDatabaseDuring(() -> Api.upload(path, xlsx, ImportIT.XLSX), 1_000_000);
        assertUnavailable(cut);
        proxy.start();
        int attempts = servesAgain();
        // the pool checks each connection it hands out (Connection.isValid) and replaces the dead ones
        assertTrue(attempts <= 3, "served again within " + attempts + " requests of the database coming back");
        assertEquals(facilities, total("dist1", "api/v1/facilities?size=1"), "no facility of the cut import");
        assertEquals(audit, BadInputIT.auditEvents(), "no audit event of the cut import");

        Api.Reply again = Api.upload(path, xlsx, ImportIT.XLSX);
        assertEquals(200, again.status(), again.body());
        assertTrue(total("dist1", "api/v1/facilities?size=1") > facilities + 1_000, "the import ran whole");
    }

    @Test
    void aBatchCheckCutOffByTheDatabaseAnswers503AndRunsOnceTheDatabaseIsBack() throws Exception {
        List<String> codes = new ArrayList<>();
        for (JsonValue v : Api.getAs("dist1", "api/v1/facilities?size=200").json().getJsonArray("items")) {
            codes.add(v.asJsonObject().getString("code"));
        }
        List<String> products = new ArrayList<>();
        for (JsonValue v : Api.getAs("dist1", "api/v1/products").parse().asJsonArray()) {
            products.add(v.asJsonObject().getString("yjCode"));
        }
        Random random = new Random(6);
        StringBuilder csv = new StringBuilder("医療機関コード,YJコード,数量,注文番号\n");
        for (int i = 0; i < 10_000; i++) {
            csv.append(codes.get(random.nextInt(codes.size()))).append(',')
                    .append(products.get(random.nextInt(products.size()))).append(",1,OUTAGE-").append(i).append('\n');
        }
        // an audited write empties the decision cache, so the batch has to read the database
        Api.Reply write = Api.putAs("admin1", "api/v1/me/email",
                "{\"email\":\"outage-" + System.nanoTime() + "@it.sitegate.example\"}");
        assertEquals(204, write.status(), write.body());
        long audit = BadInputIT.auditEvents();
        byte[] body = csv.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);

        Api.Reply cut = stopDatabaseDuring(() -> Api.uploadAs("dist1", "api/v1/batch-checks", body,
                "text/csv; charset=UTF-8"), 200_000);
        assertUnavailable(cut);
        proxy.start();
        servesAgain();
        assertEquals(audit, BadInputIT.auditEvents());

        Api.Reply again = Api.uploadAs("dist1", "api/v1/batch-checks", body, "text/csv; charset=UTF-8");
        assertEquals(200, again.status(), again.body());
        jakarta.json.JsonArray results = again.json().getJsonArray("results");
        assertEquals(10_000, results.size());
        for (int i = 0; i < results.size(); i++) {
            assertEquals("OUTAGE-" + i, results.getJsonObject(i).getString("orderReference"), "the file's order");
        }
    }
}
