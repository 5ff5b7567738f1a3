package jp.sitegate.interfaces.rest;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** {@code GET /api/v1/ping}: a trivial endpoint without database access, the benchmarks' baseline. */
@Path("v1/ping")
public class PingResource {
    /** @return {@code {"status":"ok"}} */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String ping() {
        return "{\"status\":\"ok\"}";
    }
}
