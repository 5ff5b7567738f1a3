package jp.sitegate.bench;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.io.IOException;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Loads the national-scale dataset into a running server (issue 6, README "Scale data"): every workbook of
 * {@code ../shared/realdata/kouseikyoku_full_R7/} through the real import ({@code POST /api/v1/imports/…}, as
 * safety1), then the seeded generator ({@code POST /api/v1/admin/scale-data}, as admin1) until the audit trail
 * holds 1,000,000 events, printing the progress every few seconds. Run with {@code mvn -B -Pscale -DskipTests
 * verify} while {@code mvn -Prun package} serves. Properties: {@code scale.base}, {@code scale.realdata},
 * {@code scale.import} (true), and the plan's {@code scale.seed}, {@code scale.facilities},
 * {@code scale.physicians}, {@code scale.briefings}, {@code scale.lots}, {@code scale.auditEvents} (the server's
 * national defaults when absent).
 */
public final class ScaleLoad {
    static final String BASE = System.getProperty("scale.base",
            System.getProperty("bench.base", "http://127.0.0.1:8080/sitegate/"));
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final String[] PLAN = {"seed", "facilities", "physicians", "briefings", "lots", "auditEvents"};

    private ScaleLoad() {
    }

    /**
     * One imported workbook.
     *
     * @param file    file name
     * @param rows    rows read, or "HTTP n" when refused
     * @param seconds time the request took
     */
    public record Imported(String file, String rows, double seconds) {
    }

    /**
     * @param args none
     * @throws Exception when the server cannot be reached or the generator fails
     */
    public static void main(String[] args) throws Exception {
        if (Boolean.parseBoolean(System.getProperty("scale.import", "true"))) {
            importAll(realdata());
        }
        generate();
    }

    /** @return the folder of the 34 bureau workbooks */
    public static Path realdata() {
        Path dir = Path.of(System.getProperty("scale.realdata",
                System.getProperty("bench.realdata", "../../shared/realdata/kouseikyoku_full_R7")));
        return Files.isDirectory(dir) ? dir : Path.of("../shared/realdata/kouseikyoku_full_R7");
    }

    static String auth(String user) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":sitegate-demo").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Imports every workbook of {@code dir}, in name order, printing each as it finishes.
     *
     * @param dir the folder of {@code .xlsx} files
     * @return one entry per file
     * @throws IOException          when a file cannot be read or the server not reached
     * @throws InterruptedException when interrupted
     */
    public static List<Imported> importAll(Path dir) throws IOException, InterruptedException {
        List<Path> files;
        try (Stream<Path> s = Files.list(dir)) {
            files = s.filter(p -> p.toString().endsWith(".xlsx")).sorted().toList();
        }
        List<Imported> done = new ArrayList<>();
        for (Path f : files) {
            long t = System.nanoTime();
            HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(BASE
                    + "api/v1/imports/facility-filings?fileName=" + f.getFileName())).timeout(Duration.ofMinutes(10))
                    .header("Authorization", auth("safety1")).header("Content-Type", "application/octet-stream")
                    .POST(HttpRequest.BodyPublishers.ofFile(f)).build(), HttpResponse.BodyHandlers.ofString());
            double s = (System.nanoTime() - t) / 1e9;
            String rows = r.statusCode() == 200 ? String.valueOf(json(r.body()).getInt("rowsRead"))
                    : "HTTP " + r.statusCode();
            done.add(new Imported(f.getFileName().toString(), rows, s));
            System.out.printf("import %d/%d %s: %s rows in %.1f s%n", done.size(), files.size(), f.getFileName(), rows,
                    s);
        }
        return done;
    }

    /**
     * Starts the generator with the plan of the {@code scale.*} properties and waits for its end, printing the
     * progress every 5 s.
     *
     * @return the final progress ({@code DONE})
     * @throws IOException          when the server cannot be reached
     * @throws InterruptedException when interrupted
     * @throws IllegalStateException when the server refuses the plan or the run fails
     */
    static JsonObject generate() throws IOException, InterruptedException {
        JsonObjectBuilder plan = Json.createObjectBuilder();
        for (String field : PLAN) {
            String v = System.getProperty("scale." + field);
            if (v != null && !v.isBlank()) {
                plan.add(field, Long.parseLong(v.strip()));
            }
        }
        HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "api/v1/admin/scale-data"))
                .header("Authorization", auth("admin1")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(plan.build().toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        if (started.statusCode() != 202) {
            throw new IllegalStateException("generator refused: HTTP " + started.statusCode() + " " + started.body());
        }
        JsonObject p = json(started.body());
        System.out.println("generating " + p.getJsonObject("plan"));
        while ("RUNNING".equals(p.getString("state"))) {
            Thread.sleep(5_000);
            p = json(HTTP.send(HttpRequest.newBuilder(URI.create(BASE + "api/v1/admin/scale-data"))
                    .header("Authorization", auth("admin1")).GET().build(), HttpResponse.BodyHandlers.ofString())
                    .body());
            System.out.printf(Locale.ROOT, "%6.0f s  %-12s %,d/%,d  audit trail %,d/%,d events%n",
                    p.getJsonNumber("seconds").doubleValue(), p.getString("phase", "-"),
                    p.getJsonNumber("done").longValue(), p.getJsonNumber("total").longValue(),
                    p.getJsonNumber("auditEvents").longValue(), p.getJsonNumber("auditTarget").longValue());
        }
        if (!"DONE".equals(p.getString("state"))) {
            throw new IllegalStateException("generator " + p.getString("state") + ": " + p);
        }
        System.out.println("generated " + p.getJsonObject("created") + " in " + p.getJsonNumber("seconds") + " s");
        return p;
    }

    static JsonObject json(String body) {
        return Json.createReader(new StringReader(body)).readObject();
    }
}
