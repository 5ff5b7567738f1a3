package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.sitegate.application.facility.PhysicianService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Physicians across facilities (issue 11): one physician, identified by the 医籍登録番号, may work at several. */
@Path("v1/physicians")
@Produces(MediaType.APPLICATION_JSON)
public class PhysicianResource {

    @Inject
    private PhysicianService physicians;

    /** @return physicians full-time (常勤) at two or more facilities at once, at facilities tied to the company */
    @GET
    @Path("full-time-at-two")
    @Operation(summary = "Physicians recorded full-time (常勤) at more than one facility at once (safety manager; "
            + "facilities tied to the company)")
    public List<PhysicianService.FullTimeAtTwo> fullTimeAtTwo() {
        return physicians.fullTimeAtTwo();
    }
}
