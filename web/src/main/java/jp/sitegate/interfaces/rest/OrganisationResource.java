package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.admin.OrganisationService;
import jp.sitegate.application.view.OrganisationViews;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Organisations (組織) and their distribution agreements (特約店契約), issue 10: the same
 * {@link OrganisationService} methods the pages call, with the same rules.
 */
@Path("v1/organisations")
@Produces(MediaType.APPLICATION_JSON)
public class OrganisationResource {

    @Inject
    private OrganisationService organisations;

    @Inject
    private Authorization authorization;

    /** JSON body of a new organisation. */
    public static class NewOrganisation {
        /** MANUFACTURER, DISTRIBUTOR, FACILITY or OPERATOR. */
        public String kind;
        /** Name (Japanese); a facility's organisation takes the facility's name. */
        public String nameJa;
        /** Name (English), or empty for the Japanese name. */
        public String nameEn;
        /** 法人番号: 13 digits with the NTA check digit (companies only, optional). */
        public String corporateNumber;
        /** 医療機関コード (FACILITY only). */
        public String facilityCode;
    }

    /**
     * @param kind         kind filter
     * @param facilityCode facility filter
     * @return the organisations (each with its {@code id})
     */
    @GET
    @Operation(summary = "List organisations by kind or facility",
            description = "With facilityCode: that facility's organisation. With kind: up to 500 of that kind. With "
                    + "neither: every organisation but the facilities'.")
    public List<OrganisationViews.Organisation> list(@QueryParam("kind") String kind,
            @QueryParam("facilityCode") String facilityCode) {
        return organisations.list(kind, facilityCode);
    }

    /**
     * @param id organisation id
     * @return the organisation
     */
    @GET
    @Path("{id}")
    @Operation(summary = "Read an organisation")
    public OrganisationViews.Organisation get(@PathParam("id") String id) {
        return organisations.get(id(id, "id"));
    }

    /**
     * @param body the organisation
     * @return 201 with the organisation (and its {@code id}); 200 with a facility's existing organisation
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Create an organisation (the operator's system administrator)",
            description = "kind, nameJa, nameEn, corporateNumber (法人番号, check digit verified), or facilityCode for "
                    + "a FACILITY (a facility's organisation exists with its facility record: 200 with it).")
    public Response create(NewOrganisation body) {
        authorization.anyRole(Role.SYSTEM_ADMIN);
        RequestBodies.require(body);
        OrganisationService.Created c = organisations.create(body.kind, body.nameJa, body.nameEn,
                body.corporateNumber, body.facilityCode);
        return Response.status(c.created() ? Response.Status.CREATED : Response.Status.OK).entity(c.organisation())
                .build();
    }

    /** JSON body of a status change. */
    public static class StatusChange {
        /** ACTIVE or INACTIVE. */
        public String status;
        /** The version read (optimistic locking). */
        public Long version;
    }

    /**
     * @param id   organisation id
     * @param body the new status
     * @return the organisation
     */
    @POST
    @Path("{id}/status")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Activate or deactivate an organisation (the operator's system administrator)")
    public OrganisationViews.Organisation changeStatus(@PathParam("id") String id, StatusChange body) {
        authorization.anyRole(Role.SYSTEM_ADMIN);
        RequestBodies.require(body);
        if (body.status == null || !List.of("ACTIVE", "INACTIVE").contains(body.status)) {
            throw InvalidInputException.of("status", "api.organisation-status");
        }
        if (body.version == null) {
            throw InvalidInputException.of("version", "api.version-required");
        }
        return organisations.changeStatus(id(id, "id"), body.version, "ACTIVE".equals(body.status));
    }

    /** JSON body of a distribution agreement. */
    public static class NewAgreement {
        /** The distributor organisation. */
        public jakarta.json.JsonValue distributorId;
        /** YJ codes of the products covered; empty or absent for all the manufacturer's products. */
        public List<String> products;
        /** First day (ISO date). */
        public String validFrom;
        /** Last day (ISO date), or absent for open-ended. */
        public String validTo;
    }

    /**
     * @param id   the manufacturer's organisation id
     * @param body the agreement
     * @return 201 with the agreement
     */
    @POST
    @Path("{id}/agreements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Make a distribution agreement (特約店契約; the manufacturer's safety manager)",
            description = "distributorId, products (YJ codes, empty for all), validFrom, validTo. 409 when it overlaps "
                    + "an agreement with the same distributor.")
    public Response addAgreement(@PathParam("id") String id, NewAgreement body) {
        long manufacturer = id(id, "id");
        organisations.requireSafetyManagerOf(manufacturer);
        RequestBodies.require(body);
        Long distributor = body.distributorId == null || body.distributorId == jakarta.json.JsonValue.NULL ? null
                : (long) RequestBodies.wholeNumber(body.distributorId, "distributorId", 1, Integer.MAX_VALUE);
        OrganisationViews.Agreement a = organisations.addAgreement(manufacturer, distributor, body.products,
                Moments.date(body.validFrom, "validFrom"),
                body.validTo == null || body.validTo.isBlank() ? null : Moments.date(body.validTo, "validTo"));
        return Response.status(Response.Status.CREATED).entity(a).build();
    }

    /**
     * @param id the organisation
     * @return its agreements (as manufacturer or distributor)
     */
    @GET
    @Path("{id}/agreements")
    @Operation(summary = "An organisation's distribution agreements (its own members and the operator)")
    public List<OrganisationViews.Agreement> agreements(@PathParam("id") String id) {
        return organisations.agreements(id(id, "id"));
    }

    /** JSON body ending an agreement. */
    public static class EndAgreement {
        /** Last day in force (ISO date). */
        public String validTo;
        /** The version read (optimistic locking). */
        public Long version;
    }

    /**
     * @param id          the manufacturer
     * @param agreementId the agreement
     * @param body        the last day
     * @return the agreement
     */
    @POST
    @Path("{id}/agreements/{agreementId}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a distribution agreement on a day (the manufacturer's safety manager)")
    public OrganisationViews.Agreement endAgreement(@PathParam("id") String id,
            @PathParam("agreementId") String agreementId, EndAgreement body) {
        long manufacturer = id(id, "id");
        organisations.requireSafetyManagerOf(manufacturer);
        RequestBodies.require(body);
        if (body.version == null) {
            throw InvalidInputException.of("version", "api.version-required");
        }
        return organisations.endAgreement(manufacturer, id(agreementId, "agreementId"), body.version,
                Moments.date(body.validTo, "validTo"));
    }

    private static long id(String raw, String field) {
        try {
            return Long.parseLong(raw.strip());
        } catch (NumberFormatException | NullPointerException e) {
            throw InvalidInputException.of(field, "api.id-integer", field);
        }
    }
}
