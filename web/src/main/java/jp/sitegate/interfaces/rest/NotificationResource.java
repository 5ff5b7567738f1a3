package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.admin.UserAccountService;
import jp.sitegate.application.notification.NotificationService;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.application.view.NotificationViews;
import jp.sitegate.application.view.Page;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.interfaces.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Notifications (issue 5): every user's inbox and e-mail address; distributors' webhook subscriptions and their
 * delivery log. Each user reaches only their own.
 */
@Path("v1")
@Produces(MediaType.APPLICATION_JSON)
public class NotificationResource {
    @Context
    private HttpServletRequest request;

    @Inject
    private NotificationService notifications;

    @Inject
    private UserAccountService users;

    private AuthenticatedUser me() {
        return CurrentUser.of(request);
    }

    /**
     * @param page 0-based page
     * @param size page size (1-200)
     * @return the caller's inbox, newest first
     */
    @GET
    @Path("inbox")
    @Operation(summary = "The caller's inbox: status changes, blocked or flagged facilities, tocilizumab warnings")
    public Page<NotificationViews.InboxEntry> inbox(@QueryParam("page") @DefaultValue("0") String page,
            @QueryParam("size") @DefaultValue("50") String size) {
        // issue 15: a page or size that is not an integer answers 400 naming it (JAX-RS would answer 404)
        return notifications.inbox(FacilityResource.integer(page, "page"), FacilityResource.integer(size, "size"));
    }

    /** @return {@code {"unread": n}} */
    @GET
    @Path("inbox/unread")
    @Operation(summary = "Number of unread inbox entries")
    public Map<String, Long> unread() {
        return Map.of("unread", notifications.unread());
    }

    /**
     * @param id an entry of the caller's inbox
     * @return the entry, read
     */
    @POST
    @Path("inbox/{id}/read")
    @Operation(summary = "Mark an inbox entry read")
    public NotificationViews.InboxEntry markRead(@PathParam("id") long id) {
        return notifications.markRead(id);
    }

    /** @return {@code {"marked": n}} */
    @POST
    @Path("inbox/read-all")
    @Operation(summary = "Mark every inbox entry read")
    public Map<String, Integer> markAllRead() {
        return Map.of("marked", notifications.markAllRead());
    }

    /** JSON body of an e-mail address change. */
    public static class EmailRequest {
        /** Address, or null/empty for none. */
        public String email;
    }

    /**
     * @param body the address
     * @return 204
     */
    @PUT
    @Path("me/email")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Set or clear the address the caller's notification e-mails go to")
    public Response email(EmailRequest body) {
        RequestBodies.require(body);
        users.changeEmail(me().username(), body.email);
        return Response.noContent().build();
    }

    /** JSON body of a password change (issue 14). */
    public static class PasswordRequest {
        /** The current password (a one-time password after a reset). */
        public String current;
        /** The new password: at least 12 characters, not containing the user name. */
        public String newPassword;
    }

    /**
     * @param body the current and the new password
     * @return 204
     */
    @PUT
    @Path("me/password")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change the caller's own password (every user; issue 14)")
    public Response password(PasswordRequest body) {
        RequestBodies.require(body);
        users.changeOwnPassword(body.current, body.newPassword);
        return Response.noContent().build();
    }

    /** JSON body of a webhook subscription. */
    public static class WebhookRequest {
        /** https URL receiving POSTs. */
        public String url;
        /** HMAC-SHA256 secret (16-200 characters); empty to have one generated. */
        public String secret;
    }

    /**
     * @param body URL and optional secret
     * @return 201 with the subscription and its secret (shown once)
     */
    @POST
    @Path("webhooks")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Subscribe a webhook to status changes of the facilities the distributor serves",
            description = "Each call is a POST with header X-SiteGate-Signature: sha256=<hex HMAC-SHA256 of the body "
                    + "under the secret>, X-SiteGate-Event and X-SiteGate-Delivery; non-2xx answers are retried.")
    public Response subscribe(WebhookRequest body) {
        RequestBodies.require(body);
        return Response.status(Response.Status.CREATED)
                .entity(notifications.subscribe(body.url, body.secret)).build();
    }

    /** @return the caller's subscriptions (no secrets) */
    @GET
    @Path("webhooks")
    @Operation(summary = "The distributor's webhook subscriptions")
    public List<NotificationViews.Webhook> webhooks() {
        return notifications.webhooks();
    }

    /**
     * @param id one of the caller's subscriptions
     * @return 204
     */
    @DELETE
    @Path("webhooks/{id}")
    @Operation(summary = "Cancel a webhook subscription (its delivery log stays)")
    public Response cancel(@PathParam("id") long id) {
        notifications.cancel(id);
        return Response.noContent().build();
    }

    /**
     * @param id   one of the caller's subscriptions
     * @param page 0-based page
     * @param size page size (1-200)
     * @return its delivery log, newest first
     */
    @GET
    @Path("webhooks/{id}/deliveries")
    @Operation(summary = "Delivery log of a webhook subscription: every call, its attempts and HTTP statuses")
    public Page<NotificationViews.Delivery> deliveries(@PathParam("id") long id,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        return notifications.deliveries(id, FacilityResource.integer(page, "page"),
                FacilityResource.integer(size, "size"));
    }
}
