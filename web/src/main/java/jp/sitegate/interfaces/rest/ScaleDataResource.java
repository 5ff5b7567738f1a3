package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.sitegate.application.scale.ScaleDataJob;
import jp.sitegate.application.scale.ScalePlan;
import jp.sitegate.application.scale.ScaleProgress;
import jp.sitegate.domain.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The national-scale data generator (issue 6, README "Scale data"), for the system administrator of a demo or
 * test installation: answers 404 unless {@code sitegate.scale-data.enabled=true}.
 */
@Path("v1/admin/scale-data")
@Produces(MediaType.APPLICATION_JSON)
public class ScaleDataResource {

    @Inject
    private ScaleDataJob job;

    /**
     * @param body the plan; every field is optional and defaults to {@link ScalePlan#NATIONAL}: {@code seed},
     *             {@code facilities}, {@code physicians}, {@code briefings}, {@code lots} (whole numbers
     *             0–1,000,000) and {@code auditEvents} (0–10,000,000)
     * @return 202 with the progress; poll {@code GET} for the rest
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Start generating national-scale data (system administrator, demo/test installations only)",
            description = "Generates physicians, briefings, tocilizumab lots, shipments and decisions over the stored "
                    + "facilities, seeded, until the audit trail holds auditEvents events; runs in the background.")
    public Response start(JsonObject body) {
        job.requireAdministrator();
        JsonObject b = body == null ? JsonValue.EMPTY_JSON_OBJECT : body;
        for (String key : b.keySet()) {
            if (!java.util.Set.of("seed", "facilities", "physicians", "briefings", "lots", "auditEvents").contains(key)) {
                throw new InvalidInputException(key, "不明な項目です", "unknown field " + key);
            }
        }
        ScalePlan n = ScalePlan.NATIONAL;
        ScalePlan plan = new ScalePlan(
                number(b, "seed", (int) n.seed(), Integer.MAX_VALUE),
                number(b, "facilities", n.facilities(), ScalePlan.MAX_COUNT),
                number(b, "physicians", n.physicians(), ScalePlan.MAX_COUNT),
                number(b, "briefings", n.briefings(), ScalePlan.MAX_COUNT),
                number(b, "lots", n.lots(), ScalePlan.MAX_COUNT),
                number(b, "auditEvents", (int) n.auditEvents(), 10 * ScalePlan.MAX_COUNT));
        return Response.status(Response.Status.ACCEPTED).entity(job.start(plan)).build();
    }

    /** @return where the current or last run stands */
    @GET
    @Operation(summary = "Progress of the national-scale data generator")
    public ScaleProgress progress() {
        return job.progress();
    }

    private static int number(JsonObject body, String field, int defaultValue, int max) {
        return body.containsKey(field) ? RequestBodies.wholeNumber(body.get(field), field, 0, max) : defaultValue;
    }
}
