package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.sitegate.application.AccessPolicy;
import jp.sitegate.application.UserAccountService;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.interfaces.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** User management: only a system administrator lists and creates users and assigns facilities to MRs. */
@Path("v1/users")
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

    @Context
    private HttpServletRequest request;

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
        AccessPolicy.requireAny(CurrentUser.of(request), Role.SYSTEM_ADMIN);
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
        AccessPolicy.requireAny(CurrentUser.of(request), Role.SYSTEM_ADMIN);
        RequestBodies.require(body);
        Set<Role> roles = EnumSet.noneOf(Role.class);
        if (body.roles != null) {
            body.roles.forEach(r -> roles.add(RequestBodies.enumValue(Role.class, r, "roles")));
        }
        users.create(body.username, body.displayName, body.password, roles, body.organisationId, body.facilityCode);
        return Response.status(Response.Status.CREATED).entity(users.find(body.username).orElseThrow()).build();
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
}
