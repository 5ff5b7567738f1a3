package jp.sitegate.interfaces.rest;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jp.sitegate.application.status.StatusTracker;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Scheduled work an operator may start now (issue 17): the nightly re-evaluation, once per Japan day for the whole
 * cluster whichever instance is asked.
 */
@Path("v1/operations")
@Produces(MediaType.APPLICATION_JSON)
public class OperationsResource {
    @EJB
    private StatusTracker tracker;

    /**
     * @return what the call did: {@code ran} true when this instance re-evaluated every tracked facility; false when
     *         the day's run was claimed already ({@code runBy} names the instance)
     */
    @POST
    @Path("daily-reevaluation")
    @Operation(summary = "Run the nightly re-evaluation now (system administrator): once per Japan day for the "
            + "whole cluster, like the 02:00 timer; a second call that day answers ran=false with the instance that "
            + "ran it (issue 17)")
    public StatusTracker.DailyRun dailyReevaluation() {
        return tracker.triggerDaily();
    }
}
