package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.sitegate.application.AccessPolicy;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.interfaces.security.CurrentUser;
import jp.sitegate.application.EligibilityService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Stored decisions, shown exactly as they were made (REQUIREMENTS.md §7). */
@Path("v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
public class DecisionResource {

    @jakarta.ws.rs.core.Context
    private jakarta.servlet.http.HttpServletRequest request;

    @Inject
    private EligibilityService eligibility;

    /**
     * @param id decision id
     * @return the decision JSON as stored
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read a stored decision exactly as it was made")
    public String get(@PathParam("id") String id) {
        AccessPolicy.requireAny(CurrentUser.of(request), Role.DISTRIBUTOR, Role.SAFETY_MANAGER);
        return eligibility.storedDecision(id);
    }
}
