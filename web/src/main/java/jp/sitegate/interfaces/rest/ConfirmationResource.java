package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import jp.sitegate.application.facility.FacilityProfileService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The MR's confirmation queue (issue 11, REQUIREMENTS.md §8): what the facilities declared, awaiting confirmation. */
@Path("v1/confirmations")
@Produces(MediaType.APPLICATION_JSON)
public class ConfirmationResource {

    @Inject
    private FacilityProfileService profiles;

    /** @return the open declarations at the caller's assigned facilities (its company's MRs' for a safety manager) */
    @GET
    @Path("open")
    @Operation(summary = "Declarations awaiting the company's confirmation at the MR's assigned facilities, oldest "
            + "first: ICU-equivalent equipment (unconfirmed, or lapsing within 30 days) and partnerships awaiting the "
            + "partner or a confirmed agreement")
    public List<FacilityProfileService.OpenConfirmation> open() {
        return profiles.openConfirmations();
    }
}
