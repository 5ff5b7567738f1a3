package jp.sitegate.application.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.ImportProcess;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Issue 6, "the server is killed (kill -9) during an import": a separate JVM imports the real Yamanashi workbook
 * (4,857 rows) through {@link FilingImportService} in one transaction, as the server does, and is killed with
 * SIGKILL while it writes. Afterwards the database holds nothing of that import (no facility, filing, import record
 * or audit event more than before), it opens and serves, and the same import run again is wholly there. On the
 * file-based H2 the killed JVM held the database itself (as Payara's embedded H2 does); on MariaDB (when
 * {@code -Dsitegate.faults.db.url} names a database this test may empty, as {@code .ci/run} does) the database
 * outlives the killed client, as with the production server.
 */
class KillDuringImportTest {
    private static final Path WORKBOOK = Path.of("src/test/resources/realdata/raw_sample_19_yamanashi_ika_R7-10.xlsx");
    private static final List<String> TABLES = List.of("facility", "icu_filing", "filing_import", "audit_event");

    static Stream<Arguments> databases() {
        List<Arguments> dbs = new ArrayList<>();
        dbs.add(Arguments.of("h2-file", null, "sa", ""));
        String mysql = System.getProperty("sitegate.faults.db.url", "");
        if (!mysql.isBlank()) {
            dbs.add(Arguments.of("mariadb", mysql, System.getProperty("sitegate.faults.db.user", "root"),
                    System.getProperty("sitegate.faults.db.password", "")));
        }
        return dbs.stream();
    }

    private static Map<String, Long> counts(String url, String user, String password) throws Exception {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String table : TABLES) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getLong(1));
                }
            }
        }
        return counts;
    }

    /** Runs the import in its own JVM; kills it (SIGKILL) once it has written {@code killAfterWrites} rows, if > 0. */
    private static List<String> importProcess(String url, String user, String password, int killAfterWrites)
            throws Exception {
        Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), ImportProcess.class.getName(), url, user, password,
                WORKBOOK.toAbsolutePath().toString()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        List<String> lines = new ArrayList<>();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line = out.readLine(); line != null; line = out.readLine()) {
                lines.add(line);
                if (killAfterWrites > 0 && line.startsWith("WRITES ")
                        && Long.parseLong(line.substring(7)) >= killAfterWrites) {
                    p.destroyForcibly(); // SIGKILL on Linux: no shutdown hook, no rollback by the process
                    break;
                }
            }
        }
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "import process did not end");
        return lines;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("databases")
    void anImportKilledMidWayLeavesNothingAndRunsWhollyAfterwards(String name, String mysqlUrl, String user,
            String password, @TempDir Path dir) throws Exception {
        String url = mysqlUrl != null ? mysqlUrl
                : "jdbc:h2:file:" + dir.resolve("sitegate").toAbsolutePath() + ";MODE=MySQL;DATABASE_TO_LOWER=TRUE";
        H2Database.migrate(url, user, password, true, mysqlUrl != null);
        Map<String, Long> before = counts(url, user, password);

        List<String> killed = importProcess(url, user, password, 300);
        assertTrue(killed.stream().anyMatch(l -> l.startsWith("WRITES ")), "the import wrote before the kill: " + killed);
        assertFalse(killed.stream().anyMatch(l -> l.startsWith("COMMITTED")), "killed before its commit: " + killed);
        assertEquals(before, counts(url, user, password), "nothing of the killed import is stored");

        List<String> again = importProcess(url, user, password, 0);
        assertTrue(again.contains("COMMITTED 4857"), "the import runs again to its end: " + again);
        Map<String, Long> after = counts(url, user, password);
        assertEquals(before.get("filing_import") + 1, after.get("filing_import"));
        assertTrue(after.get("facility") > before.get("facility") + 500, "facilities stored: " + after);
        assertTrue(after.get("audit_event") > before.get("audit_event"), "audited: " + after);
    }
}
