package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
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
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * Issue 17: SiteGate as a Payara deployment group of two instances behind HAProxy, on one MariaDB database — started
 * here as {@code mvn -Pcluster package} starts it ({@code ear/src/main/cluster/run-cluster.sh}, on a fresh database
 * {@code sitegate_cluster}). Shows that a write through one instance changes the next check through the other at
 * once; that 1,000 shipments sent through HAProxy while instance A is killed with SIGKILL half-way are each
 * recorded exactly once, and a client repeating one with its key gets the same answer; that the nightly run
 * triggered on both instances runs once and tells each person once; and that the audit chain written by both
 * instances verifies.
 * <p>
 * Run by {@code .ci/run}'s MariaDB stage ({@code -Dsitegate.it.cluster=true}); skipped elsewhere.
 */
@EnabledIfSystemProperty(named = "sitegate.it.cluster", matches = "true")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterIT {
    static final String A = "http://127.0.0.1:28080/sitegate/";
    static final String B = "http://127.0.0.1:28081/sitegate/";
    static final String HAPROXY = "http://127.0.0.1:8090/sitegate/";
    static final String UNIV = "1912110952";
    static final String LUNSUMIO = "4291476A1028";
    static final String IMDELLTRA_1MG = "4291477D1029";
    static final String DB = "jdbc:mysql://127.0.0.1:3306/sitegate_cluster";
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static Process cluster;
    private static Path log;

    @BeforeAll
    static void startTheCluster() throws Exception {
        // a cluster an earlier run left behind would hold the ports
        killLeftovers();
        try (Connection c = DriverManager.getConnection("jdbc:mysql://127.0.0.1:3306/", "root", "");
                Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS sitegate_cluster");
        }
        log = Path.of("target", "cluster-it.log");
        Path script = Path.of("src", "main", "cluster", "run-cluster.sh").toAbsolutePath();
        ProcessBuilder pb = new ProcessBuilder("bash", script.toString(), System.getProperty("payara.home"),
                System.getProperty("sitegate.ear")).redirectErrorStream(true).redirectOutput(log.toFile());
        // the cluster's settings are its own (run-cluster.sh), not the suite's server's
        pb.environment().keySet().removeIf(k -> k.startsWith("SITEGATE_"));
        cluster = pb.start();
        long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(10);
        while (!Files.readString(log).contains("== SiteGate cluster ready")) {
            if (!cluster.isAlive() || System.nanoTime() > deadline) {
                fail("the cluster did not start:\n" + Files.readString(log));
            }
            Thread.sleep(1000);
        }
    }

    @AfterAll
    static void stopTheCluster() throws Exception {
        if (cluster == null) {
            return;
        }
        // as Ctrl+C does (issue 17: it stops it all)
        cluster.destroy();
        boolean exited = cluster.waitFor(5, TimeUnit.MINUTES);
        if (!exited) {
            cluster.destroyForcibly();
        }
        boolean left = leftovers().findAny().isPresent();
        killLeftovers();
        assertTrue(exited && !left, "stopping run-cluster.sh stops HAProxy, the instances and the domain (exited: "
                + exited + ", processes left: " + left + ")");
    }

    private static java.util.stream.Stream<ProcessHandle> leftovers() {
        return processesNaming("domains/sitegate-cluster/", "nodes/localhost-sitegate-cluster/", "cluster/haproxy.cfg");
    }

    /** @return the processes whose command line contains one of the parts */
    static java.util.stream.Stream<ProcessHandle> processesNaming(String... parts) {
        return ProcessHandle.allProcesses().filter(p -> {
            String cmd = p.info().commandLine().orElse("");
            return java.util.Arrays.stream(parts).anyMatch(cmd::contains);
        });
    }

    /** Kills what is left of a cluster: its DAS and instances (their command lines name the domain or the node). */
    static void killLeftovers() throws InterruptedException {
        leftovers().forEach(ProcessHandle::destroyForcibly);
        Thread.sleep(1000);
    }

    static HttpResponse<String> send(String method, String url, String user, String json, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("Authorization", Api.basic(user, Api.DEMO_PASSWORD)).header("Accept", "application/json");
        for (int i = 0; i + 1 < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        b.method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(json));
        if (json != null) {
            b.header("Content-Type", "application/json");
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonObject json(HttpResponse<String> r) {
        assertTrue(r.statusCode() / 100 == 2, r.statusCode() + " " + r.body());
        return Json.createReader(new StringReader(r.body())).readObject();
    }

    static String decision(String base) throws Exception {
        return json(send("GET", base + "api/v1/facilities/" + UNIV + "/eligibility?product=" + LUNSUMIO, "dist1",
                null)).getString("decision");
    }

    static String movement(String lot, String type, String expiry) {
        return "{\"yjCode\":\"6399421A3022\",\"lotNumber\":\"" + lot + "\",\"type\":\"" + type + "\",\"vials\":1"
                + (expiry == null ? "" : ",\"expiryDate\":\"" + expiry + "\"") + "}";
    }

    static long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(DB, "root", ""); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A stock movement through instance A changes the next check through instance B at once (no TTL wait). */
    @Test
    @Order(1)
    void aWriteThroughOneInstanceChangesTheNextCheckThroughTheOther() throws Exception {
        assertEquals("ELIGIBLE", decision(B));
        assertEquals("ELIGIBLE", decision(B), "the second check on B answers from B's decision cache");
        assertEquals(201, send("POST", A + "api/v1/facilities/" + UNIV + "/stock/movements", "fadmin2",
                movement("DEMO-400-A", "USED", null)).statusCode());
        assertEquals("NOT_ELIGIBLE", decision(B), "B forgot the cached decision when A changed the stock (LUN-FAC-4)");
        // a lot that expires in 30 days: the nightly run below warns about it (once)
        String soon = LocalDate.now(ZoneId.of("Asia/Tokyo")).plusDays(30).toString();
        assertEquals(201, send("POST", B + "api/v1/facilities/" + UNIV + "/stock/movements", "fadmin2",
                movement("CLUSTER-SOON", "RECEIVED", soon)).statusCode());
        assertEquals("ELIGIBLE", decision(A), "and A sees B's write");
    }

    /** The nightly run triggered on both instances at once runs on one; each person is told once. */
    @Test
    @Order(2)
    void theNightlyRunTriggeredOnBothInstancesRunsOnceAndTellsEachPersonOnce() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<JsonObject> runs = new ArrayList<>();
        try {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (String base : List.of(A, B)) {
                calls.add(pool.submit(() -> send("POST", base + "api/v1/operations/daily-reevaluation", "admin1", null)));
            }
            for (Future<HttpResponse<String>> f : calls) {
                runs.add(json(f.get(5, TimeUnit.MINUTES)));
            }
        } finally {
            pool.shutdownNow();
        }
        JsonObject ran = runs.stream().filter(r -> r.getBoolean("ran")).findFirst().orElseThrow(
                () -> new AssertionError("no instance ran it: " + runs));
        JsonObject skipped = runs.stream().filter(r -> !r.getBoolean("ran")).findFirst().orElseThrow(
                () -> new AssertionError("both instances ran it: " + runs));
        assertEquals(ran.getString("runBy"), skipped.getString("runBy"), "the other names who ran it: " + runs);
        assertTrue(ran.getInt("facilities") >= 3, "the demo facilities re-evaluated: " + ran);
        assertEquals(0, skipped.getInt("facilities"));
        assertEquals(1, count("SELECT COUNT(*) FROM scheduled_run WHERE name = 'daily-reevaluation' "
                + "AND finished_at IS NOT NULL"));
        // the expiring lot's warning, once per recipient; each message handed to its channel once
        assertTrue(count("SELECT COUNT(*) FROM notification WHERE kind = 'LOT_EXPIRING_30' AND subject LIKE "
                + "'%CLUSTER-SOON%'") >= 1, "the expiring lot was warned about");
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT recipient_id FROM notification WHERE subject LIKE "
                + "'%CLUSTER-SOON%' GROUP BY recipient_id, kind HAVING COUNT(*) > 1) twice"));
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT recipient FROM outbound_message WHERE subject LIKE "
                + "'%CLUSTER-SOON%' GROUP BY recipient, subject, channel HAVING COUNT(*) > 1) twice"),
                "no message queued twice");
        // both instances' dispatchers run every 10 s: wait until every message was tried, then count the tries
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (count("SELECT COUNT(*) FROM outbound_message m WHERE NOT EXISTS (SELECT 1 FROM delivery_attempt a "
                + "WHERE a.message_id = m.id)") > 0 && System.nanoTime() < deadline) {
            Thread.sleep(1000);
        }
        assertEquals(0, count("SELECT COUNT(*) FROM (SELECT message_id FROM delivery_attempt GROUP BY message_id "
                + "HAVING COUNT(*) > 1) twice"), "no message sent twice by the two dispatchers");
    }

    /**
     * 1,000 shipments through HAProxy by 8 clients, each with its Idempotency-Key, repeated with the same key after
     * an error; instance A is killed with SIGKILL after the 500th answer.
     */
    @Test
    @Order(3)
    void aThousandShipmentsThroughHaproxyWhileInstanceAIsKilledAreEachRecordedOnce() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        int n = 1000;
        Map<String, Long> answered = new ConcurrentHashMap<>();
        AtomicInteger done = new AtomicInteger();
        AtomicInteger retries = new AtomicInteger();
        ExecutorService clients = Executors.newFixedThreadPool(8);
        List<Future<?>> work = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String key = "cluster-" + run + "-" + i;
            String body = ShipmentIT.body(UNIV, IMDELLTRA_1MG, 1, "PO-" + run + "-" + i);
            work.add(clients.submit(() -> {
                for (int attempt = 0; attempt < 60; attempt++) {
                    try {
                        HttpResponse<String> r = send("POST", HAPROXY + "api/v1/shipments", "dist1", body,
                                "Idempotency-Key", key);
                        if (r.statusCode() == 200 || r.statusCode() == 201) {
                            answered.put(key, json(r).getJsonNumber("shipmentId").longValue());
                            if (done.incrementAndGet() == n / 2) {
                                killInstanceA();
                            }
                            return null;
                        }
                    } catch (IOException e) {
                        // the instance went away mid-request: repeat with the same key
                    }
                    retries.incrementAndGet();
                    Thread.sleep(250);
                }
                throw new AssertionError("no answer for " + key);
            }));
        }
        for (Future<?> f : work) {
            f.get(10, TimeUnit.MINUTES);
        }
        clients.shutdown();
        System.out.println("ClusterIT: " + n + " shipments, " + retries.get() + " repeated after an error");
        assertEquals(n, answered.size(), "every shipment answered");
        assertFalse(instanceAlive("sitegate-a"), "instance A was killed half-way");
        assertEquals(n, count("SELECT COUNT(*) FROM shipment WHERE idempotency_key LIKE 'cluster-" + run + "-%'"),
                "each recorded once, none lost");
        assertEquals(n, count("SELECT COUNT(DISTINCT idempotency_key) FROM shipment WHERE idempotency_key LIKE "
                + "'cluster-" + run + "-%'"));
        assertEquals(n, answered.values().stream().distinct().count(), "one shipment per key");
        // a client repeating one with its key gets the same shipment (from the surviving instance)
        for (int i = 0; i < n; i += 97) {
            String key = "cluster-" + run + "-" + i;
            JsonObject again = json(send("POST", HAPROXY + "api/v1/shipments", "dist1",
                    ShipmentIT.body(UNIV, IMDELLTRA_1MG, 1, "PO-" + run + "-" + i), "Idempotency-Key", key));
            assertEquals(answered.get(key), again.getJsonNumber("shipmentId").longValue(), key);
            assertTrue(again.getBoolean("replayed"), key);
        }
    }

    /** The audit chain both instances wrote concurrently is one chain, intact. */
    @Test
    @Order(4)
    void theAuditChainWrittenByBothInstancesVerifies() throws Exception {
        JsonObject v = json(send("GET", B + "api/v1/audit/verification?full=true", "admin1", null));
        assertTrue(v.getBoolean("intact"), v.toString());
        assertTrue(v.getInt("eventsChecked") > 1000, "the shipments' events among them: " + v);
        assertNotEquals(0, count("SELECT COUNT(*) FROM audit_event"));
        assertEquals(count("SELECT COUNT(*) FROM audit_event"), count("SELECT COUNT(DISTINCT seq) FROM audit_event"),
                "one position per event: no two events share a place in the chain");
    }

    static boolean instanceAlive(String instance) {
        return processesNaming("localhost-sitegate-cluster/" + instance).findAny().isPresent();
    }

    static void killInstanceA() {
        processesNaming("localhost-sitegate-cluster/sitegate-a").filter(p -> p.info().command().orElse("")
                .endsWith("java")).forEach(p -> {
                    try {
                        new ProcessBuilder("kill", "-9", Long.toString(p.pid())).inheritIO().start().waitFor();
                    } catch (IOException | InterruptedException e) {
                        throw new IllegalStateException(e);
                    }
                });
    }
}
