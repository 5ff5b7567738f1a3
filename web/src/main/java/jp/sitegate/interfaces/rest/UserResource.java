package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.sitegate.application.admin.UserAccountService;
import jp.sitegate.application.view.AuthenticatedUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** User management: only a system administrator lists and creates users and assigns facilities to MRs. */
@Path("v1/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {


    @Inject
    private UserAccountService users;

    /** JSON body of a new user. */
    public static class NewUser {
        /** Login name. */
        public String username;
        /** Name shown. */
        public String displayName;
        /** Password (at least 12 characters). */
        public String password;
        /** Role names. */
        public List<String> roles;
        /** The organisation the user speaks for (issue 10); for a FACILITY_ADMIN it may be left out. */
        public Long organisationId;
        /** Facility code of a FACILITY_ADMIN: stands for its facility's organisation. */
        public String facilityCode;
    }

    /** @return every user (no password hashes) */
    @GET
    @Operation(summary = "List users (system administrator)")
    public List<AuthenticatedUser> list() {
        return users.list();
    }

    /**
     * @param body the user
     * @return 201
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create a user (system administrator)")
    public Response create(NewUser body) {
        users.requireAdministrator();
        NewUser b = RequestBodies.require(body);
        users.createFromNames(b.username, b.displayName, b.password, b.roles, b.organisationId, b.facilityCode);
        return Response.status(Response.Status.CREATED).entity(users.find(b.username).orElseThrow()).build();
    }

    /**
     * @param username     the MR
     * @param facilityCode the facility to assign
     * @return 204
     */
    @POST
    @Path("{username}/assignments/{facilityCode}")
    @Operation(summary = "Assign a facility to an MR (the MR's manufacturer's safety manager, or the operator's "
            + "system administrator)")
    public Response assign(@PathParam("username") String username, @PathParam("facilityCode") String facilityCode) {
        users.assign(username, facilityCode);
        return Response.noContent().build();
    }

    /** JSON body of a user's roles and standing (issue 14). */
    public static class UserUpdate {
        /** Role names. */
        public List<String> roles;
        /** False to disable the account; disabling counts at the next request. */
        public boolean enabled = true;
    }

    /**
     * @param account the user
     * @param body    roles and enabled
     * @return the user as listed
     */
    @jakarta.ws.rs.PUT
    @Path("{account}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a user's roles or disable the account (system administrator; issue 14)")
    public AuthenticatedUser update(@PathParam("account") String account, UserUpdate body) {
        users.requireAdministrator();
        UserUpdate b = RequestBodies.require(body);
        users.update(account, b.roles, b.enabled);
        return users.find(account).orElseThrow();
    }

    /**
     * @param account the user
     * @return 204
     */
    @POST
    @Path("{account}/unlock")
    @Operation(summary = "End a lockout after wrong passwords (system administrator; issue 14)")
    public Response unlock(@PathParam("account") String account) {
        users.unlock(account);
        return Response.noContent().build();
    }

    /**
     * @param account the user
     * @return the one-time password, shown once: {"oneTimePassword": "…"}
     */
    @POST
    @Path("{account}/password-reset")
    @Operation(summary = "Reset a password to a one-time password the user replaces at the next login (system "
            + "administrator; issue 14)")
    public java.util.Map<String, String> resetPassword(@PathParam("account") String account) {
        return java.util.Map.of("oneTimePassword", users.resetPassword(account));
    }
}
