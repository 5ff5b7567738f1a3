package jp.sitegate.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 6, the batch check decided in parallel chunks grouped by facility (each facility's facts read once for all
 * its products): the answer keeps the file's order, and every line's decision and failing requirements are those
 * of the single check of the same pair.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BatchCheckIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Api.ear();
    }

    @Test
    void aBatchAnswersInTheFilesOrderWithTheSingleChecksDecisions() {
        List<String> codes = List.of("1912110952", "1910112398", "1910114451");
        List<String> products = new ArrayList<>();
        for (JsonValue v : Api.getAs("dist1", "api/v1/products").parse().asJsonArray()) {
            products.add(v.asJsonObject().getString("yjCode"));
        }
        Random random = new Random(61);
        StringBuilder csv = new StringBuilder("医療機関コード,YJコード,数量,注文番号\n");
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            String[] pair = {codes.get(random.nextInt(codes.size())), products.get(random.nextInt(products.size()))};
            pairs.add(pair);
            csv.append(pair[0]).append(',').append(pair[1]).append(",1,ORDER-").append(i).append('\n');
        }
        Api.Reply batch = Api.uploadAs("dist1", "api/v1/batch-checks", csv.toString().getBytes(StandardCharsets.UTF_8),
                "text/csv; charset=UTF-8");
        assertEquals(200, batch.status(), batch.body());
        JsonArray results = batch.json().getJsonArray("results");
        assertEquals(1_000, results.size());
        Map<String, JsonObject> single = new HashMap<>();
        for (int i = 0; i < results.size(); i++) {
            JsonObject r = results.getJsonObject(i);
            String[] pair = pairs.get(i);
            assertEquals("ORDER-" + i, r.getString("orderReference"), "the file's order");
            assertEquals(pair[0], r.getString("facilityCode"));
            JsonObject one = single.computeIfAbsent(pair[0] + "|" + pair[1], k -> Api.getAs("dist1",
                    "api/v1/facilities/" + pair[0] + "/eligibility?product=" + pair[1]).json());
            assertEquals(one.getString("decision"), r.getString("decision"), "line " + i + " " + k(pair));
            assertEquals(one.getJsonArray("failingRequirements"), r.getJsonArray("failingRequirements"),
                    "line " + i + " " + k(pair));
        }
    }

    private static String k(String[] pair) {
        return pair[0] + "/" + pair[1];
    }
}
