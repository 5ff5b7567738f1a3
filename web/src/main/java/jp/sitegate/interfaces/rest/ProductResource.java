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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.admin.ProfileAdminService;
import jp.sitegate.application.gate.ProductCatalog;
import jp.sitegate.domain.model.product.DistributionPolicy;
import jp.sitegate.domain.model.user.Role;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Products under conditions of use, by YJ code; a manufacturer's safety manager adds its products and composes
 * their profile versions (issue 10: the same {@link ProfileAdminService} methods the pages call).
 */
@Path("v1/products")
@Produces(MediaType.APPLICATION_JSON)
public class ProductResource {

    @Inject
    private ProductCatalog catalog;

    @Inject
    private ProfileAdminService admin;

    @Inject
    private Authorization authorization;

    /**
     * A product strength.
     *
     * @param yjCode   YJ code
     * @param product  product key
     * @param name     product name (Japanese)
     * @param nameEn   product name (English)
     * @param strength strength
     * @param distributionPolicy FIRST_DELIVERY_ONLY, EVERY_DELIVERY or PER_PATIENT
     */
    public record ProductView(String yjCode, String product, String name, String nameEn, String strength,
            String distributionPolicy) {
    }

    /** @return every product strength */
    @GET
    @Operation(summary = "List products and their YJ codes")
    public List<ProductView> list() {
        return catalog.strengths().stream().map(c -> new ProductView(c.yjCode(), c.productKey(), c.nameJa(),
                c.nameEn(), c.strengthJa(), c.distributionPolicy())).toList();
    }

    /** JSON body of a new product. */
    public static class NewProduct {
        /** Stable key, upper case (e.g. TECVAYLI). */
        public String key;
        /** Brand name (Japanese). */
        public String nameJa;
        /** Brand name (English). */
        public String nameEn;
        /** Generic name (Japanese). */
        public String genericNameJa;
        /** Generic name (English). */
        public String genericNameEn;
        /** FIRST_DELIVERY_ONLY, EVERY_DELIVERY or PER_PATIENT. */
        public String distributionPolicy;
        /** YJ code → strength label (at least one). */
        public Map<String, String> strengths;
    }

    /**
     * @param body the product
     * @return 201; the product belongs to the caller's manufacturer
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a product with its strengths (a manufacturer's safety manager; it belongs to that "
            + "manufacturer)")
    public Response add(NewProduct body) {
        authorization.anyRole(Role.SAFETY_MANAGER);
        RequestBodies.require(body);
        admin.addProduct(body.key == null ? null : body.key.strip(), body.nameJa, body.nameEn, body.genericNameJa,
                body.genericNameEn, body.distributionPolicy == null ? null
                        : RequestBodies.enumValue(DistributionPolicy.class, body.distributionPolicy,
                                "distributionPolicy"),
                body.strengths == null ? null : new LinkedHashMap<>(body.strengths));
        return Response.status(Response.Status.CREATED).build();
    }

    /** One requirement of a new profile version, as the composer page saves it. */
    public static class RequirementBody {
        /** Requirement id, e.g. LUN-FAC-1. */
        public String requirementId;
        /** Source clause. */
        public String clause;
        /** Title (Japanese). */
        public String titleJa;
        /** Title (English). */
        public String titleEn;
        /** Criteria: a JSON array of {"type": RequirementType, ...parameters}, as text or as JSON. */
        public jakarta.json.JsonValue criteria;
    }

    /** JSON body of a new profile version: what the composer page saves. */
    public static class NewProfileVersion {
        /** First day in force (ISO date). */
        public String effectiveFrom;
        /** Provisional flag. */
        public boolean provisional;
        /** Source documents (Japanese). */
        public String source;
        /** Requirements in order (at least one). */
        public List<RequirementBody> requirements;
        /**
         * EVERY_DELIVERY or FIRST_DELIVERY_ONLY (issue 12: part of the version); absent: the newest version's
         * policy, release clause and list age are kept.
         */
        public String distributionPolicy;
        /** The product's own clause releasing the first-delivery restriction (required for FIRST_DELIVERY_ONLY). */
        public String releaseClause;
        /** Days a regional health bureau list may be old before ICU findings are UNKNOWN (1–730, default 120). */
        public Integer maxListAgeDays;
    }

    /**
     * @param yjCode any YJ code of the product (or its key)
     * @param body   the profile version
     * @return 201 with {@code {"version": n}}
     */
    @POST
    @Path("{yjCode}/profile-versions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Save a requirement profile version as a draft (the product's manufacturer's safety manager; "
            + "another of its safety managers approves it, issue 11)",
            description = "Body: effectiveFrom (today or later), provisional, source, requirements[] (requirementId, "
                    + "clause, titleJa, titleEn, criteria), and optionally distributionPolicy, releaseClause (the "
                    + "product's own clause that releases the first-delivery restriction; required for "
                    + "FIRST_DELIVERY_ONLY) and maxListAgeDays (default 120), issue 12. Errors name the requirement and "
                    + "parameter. The draft is not in force until approved: POST …/profile-versions/{versionNo}/approval.")
    public Response addProfileVersion(@PathParam("yjCode") String yjCode, NewProfileVersion body) {
        String productKey = admin.requireSafetyManagerOf(yjCode);
        RequestBodies.require(body);
        List<ProfileAdminService.RequirementDraft> drafts = body.requirements == null ? null
                : body.requirements.stream().map(r -> r == null ? new RequirementBody() : r)
                        .map(r -> new ProfileAdminService.RequirementDraft(r.requirementId,
                        r.clause, r.titleJa, r.titleEn, r.criteria == null ? null
                                : r.criteria.getValueType() == jakarta.json.JsonValue.ValueType.STRING
                                        ? ((jakarta.json.JsonString) r.criteria).getString()
                                        : r.criteria.toString()))
                        .toList();
        ProfileAdminService.Gate gate = body.distributionPolicy == null && body.releaseClause == null
                && body.maxListAgeDays == null ? null : new ProfileAdminService.Gate(body.distributionPolicy == null
                        ? null : RequestBodies.enumValue(DistributionPolicy.class, body.distributionPolicy,
                                "distributionPolicy"), body.releaseClause, body.maxListAgeDays);
        int version = admin.addProfileVersion(productKey, Moments.date(body.effectiveFrom, "effectiveFrom"),
                body.provisional, body.source, drafts, gate);
        return Response.status(Response.Status.CREATED).entity(Map.of("version", version)).build();
    }

    /**
     * @param yjCode    any YJ code of the product (or its key)
     * @param versionNo the draft's version number
     * @return 204
     */
    @POST
    @Path("{yjCode}/profile-versions/{versionNo}/approval")
    @Operation(summary = "Approve a draft profile version: another safety manager of the manufacturer than the one "
            + "who saved it (issue 11); in force from its effective date")
    public Response approveProfileVersion(@PathParam("yjCode") String yjCode, @PathParam("versionNo") int versionNo) {
        admin.approve(admin.productKey(yjCode), versionNo);
        return Response.noContent().build();
    }

    /**
     * @param yjCode    any YJ code of the product (or its key)
     * @param versionNo the draft's version number
     * @return "FROM→TO" → number of facilities whose decision today would change under the draft
     */
    @GET
    @Path("{yjCode}/profile-versions/{versionNo}/impact")
    @Operation(summary = "What a draft profile version would change: facilities whose decision today changes, per "
            + "change (the manufacturer's safety managers)")
    public Map<String, Integer> profileVersionImpact(@PathParam("yjCode") String yjCode,
            @PathParam("versionNo") int versionNo) {
        return admin.impact(admin.productKey(yjCode), versionNo);
    }
}
