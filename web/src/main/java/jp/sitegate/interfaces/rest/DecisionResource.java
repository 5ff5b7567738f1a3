package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.sitegate.application.gate.EligibilityService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Stored decisions, shown exactly as they were made (REQUIREMENTS.md §7). */
@Path("v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @Inject
    private EligibilityService eligibility;

    /**
     * @param id decision id
     * @return the decision JSON as stored
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read a stored decision exactly as it was made",
            description = "For the organisation that asked for it, the product's manufacturer and the facility; 404 for "
                    + "anybody else (issue 10).")
    public String get(@PathParam("id") String id) {
        return eligibility.storedDecision(id);
    }
}
