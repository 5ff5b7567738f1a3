package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bureau list import through the REST upload on the deployed EAR: the real Yamanashi workbook, idempotency,
 * rejection of a bad file with every bad row, and lapse of filings between the real 2024 and 2025 Okinawa lists.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ImportIT {
    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void realYamanashiWorkbookImportsIdempotently() throws IOException {
        byte[] xlsx = Files.readAllBytes(Api.realdata("kouseikyoku_shisetsukijun/raw_sample_19_yamanashi_ika_R7-10.xlsx"));
        Api.Reply first = Api.upload("api/v1/imports/facility-filings?fileName=19_yamanashi.xlsx", xlsx, XLSX);
        assertEquals(200, first.status(), first.body());
        assertEquals("19", first.json().getString("prefectureCode"));
        assertEquals("2025-09-01", first.json().getString("listDate"));
        assertEquals(4857, first.json().getInt("rowsRead"));
        Api.Reply second = Api.upload("api/v1/imports/facility-filings?fileName=19_yamanashi.xlsx", xlsx, XLSX);
        assertEquals(200, second.status());
        for (String counter : List.of("facilitiesCreated", "facilitiesUpdated", "filingsAdded", "filingsEnded")) {
            assertEquals(0, second.json().getInt(counter), counter);
        }
        JsonObject list = Api.get("api/v1/facilities?prefecture=19&size=1").json();
        assertTrue(list.getJsonNumber("total").longValue() >= 600, list.toString());
        JsonObject univ = Api.get("api/v1/facilities/1912110952").json();
        assertEquals(1, univ.getJsonArray("icuFilings").getJsonObject(0).getInt("level"));
    }

    @Test
    void aBadFileImportsNothingAndListsEveryBadRow() throws IOException {
        long before = Api.get("api/v1/facilities?prefecture=47&size=1").json().getJsonNumber("total").longValue();
        String csv = okinawa("icu_hema_filings_R7-2025-10.csv");
        String[] lines = csv.split("\n", -1);
        lines[2] = lines[2].replaceFirst(",47,沖縄県,医科,(\\d{7}),", ",47,沖縄県,医科,12345,");
        lines[4] = lines[4].replace("令和", "昭和九十九");
        String bad = String.join("\n", lines);
        Api.Reply r = Api.upload("api/v1/imports/facility-filings?fileName=bad.csv",
                bad.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(422, r.status(), r.body());
        assertTrue(r.json().getInt("rejectedRows") >= 1);
        JsonObject err = r.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(3, err.getInt("row"));
        assertEquals("医療機関番号", err.getString("column"));
        assertEquals(before, Api.get("api/v1/facilities?prefecture=47&size=1").json().getJsonNumber("total")
                .longValue(), "nothing imported");

        Api.Reply notExcel = Api.upload("api/v1/imports/facility-filings", new byte[] {'P', 'K', 3, 4, 9, 9}, XLSX);
        GateIT.assertProblem(notExcel, 400, "file");
    }

    @Test
    void aNewerListOfThePrefectureEndsTheFilingsThatDisappeared() throws IOException {
        String older = okinawa("icu_hema_filings_R6-2024.csv");
        String newer = okinawa("icu_hema_filings_R7-2025-10.csv");
        Set<String> olderIcu = icuKeys(older);
        Set<String> gone = new HashSet<>(olderIcu);
        gone.removeAll(icuKeys(newer));
        assertTrue(gone.size() > 0, "the real lists differ (e.g. 琉球大学病院 relocated)");

        Api.Reply a = Api.upload("api/v1/imports/facility-filings?fileName=47_R6.csv",
                older.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, a.status(), a.body());
        Api.Reply b = Api.upload("api/v1/imports/facility-filings?fileName=47_R7.csv",
                newer.getBytes(StandardCharsets.UTF_8), "text/csv");
        assertEquals(200, b.status(), b.body());
        assertEquals(gone.size(), b.json().getInt("filingsEnded"), gone.toString());
        JsonObject ryukyu = Api.get("api/v1/facilities/4718010095").json();
        assertTrue(ryukyu.getJsonArray("icuFilings").stream().map(v -> v.asJsonObject())
                .allMatch(f -> f.containsKey("endDate")), "old site of 琉球大学病院 lapsed: " + ryukyu);
    }

    /** The rows of one prefecture (Okinawa, 47) of a realdata CSV, with its header. */
    static String okinawa(String file) throws IOException {
        String text = Files.readString(Api.realdata("kouseikyoku_shisetsukijun/" + file), StandardCharsets.UTF_8);
        StringBuilder out = new StringBuilder();
        try (CSVParser p = CSVParser.parse(text, CSVFormat.DEFAULT);
                CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get())) {
            boolean header = true;
            for (CSVRecord r : p) {
                if (header || "47".equals(r.get(2))) {
                    printer.printRecord(r.toList());
                }
                header = false;
            }
        }
        return out.toString();
    }

    private static Set<String> icuKeys(String csv) throws IOException {
        Set<String> keys = new HashSet<>();
        try (CSVParser p = CSVParser.parse(csv, CSVFormat.DEFAULT.builder().setHeader().get())) {
            for (CSVRecord r : p) {
                if (r.get("受理記号").matches("集[１-６]")) {
                    keys.add(r.get("医療機関コード10桁") + "|" + r.get("受理記号") + "|" + r.get("算定開始年月日"));
                }
            }
        }
        return keys;
    }
}
