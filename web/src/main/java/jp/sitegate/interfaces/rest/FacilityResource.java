package jp.sitegate.interfaces.rest;

import jakarta.inject.Inject;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.briefing.BriefingService;
import jp.sitegate.application.facility.DeclarationService;
import jp.sitegate.application.facility.FacilityProfileService;
import jp.sitegate.application.facility.FacilityQueryService;
import jp.sitegate.application.facility.PartnershipService;
import jp.sitegate.application.facility.PhysicianService;
import jp.sitegate.application.gate.EligibilityService;
import jp.sitegate.application.shipment.PatientChecklistService;
import jp.sitegate.application.shipment.SupplySuspensionService;
import jp.sitegate.application.stock.StockService;
import jp.sitegate.application.view.DecisionDocument;
import jp.sitegate.application.view.DeclarationView;
import jp.sitegate.application.view.EvidenceDownload;
import jp.sitegate.application.view.FacilityViews;
import jp.sitegate.application.view.Page;
import jp.sitegate.application.view.PatientChecklistView;
import jp.sitegate.application.view.SuspensionView;
import jp.sitegate.domain.model.facility.TransplantCategory;
import jp.sitegate.domain.model.stock.MovementType;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.interfaces.security.CurrentUser;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * Facilities and what belongs to them; the eligibility check (REQUIREMENTS.md §7). The facility administrator's
 * writes (physicians, employments, trainings, declarations, partnerships) call the same service methods as the
 * facility and physicians pages, which authorise with the caller (issue 10); a body is read only after the caller
 * has passed that rule, so a caller who may not act gets 403, never a 400 about the body.
 */
@Path("v1/facilities")
@Produces(MediaType.APPLICATION_JSON)
public class FacilityResource {

    @jakarta.ws.rs.core.Context
    private jakarta.servlet.http.HttpServletRequest request;

    @Inject
    private FacilityQueryService facilities;

    @Inject
    private EligibilityService eligibility;

    @Inject
    private BriefingService briefings;

    @Inject
    private StockService stock;

    @Inject
    private Authorization authorization;

    @Inject
    private PhysicianService physicianService;

    @Inject
    private FacilityProfileService profiles;

    @Inject
    private PartnershipService partnerships;

    @Inject
    private SupplySuspensionService suspensions;

    @Inject
    private DeclarationService declarations;

    @Inject
    private PatientChecklistService patientChecklists;

    /**
     * @param prefecture 2-digit prefecture filter
     * @param q          full code or part of the name
     * @param page       0-based page
     * @param size       page size 1–200
     * @return a page of facilities
     */
    @GET
    @Operation(summary = "List facilities (paged)")
    public Page<FacilityViews.Summary> list(@QueryParam("prefecture") String prefecture, @QueryParam("q") String q,
            @QueryParam("page") @DefaultValue("0") String page, @QueryParam("size") @DefaultValue("50") String size) {
        // a facility administrator's list is their own facility: FacilityQueryService.list confines it
        return facilities.list(prefecture, q, integer(page, "page"), integer(size, "size"));
    }

    /**
     * @param code facility code
     * @return the facility
     */
    @GET
    @Path("{code}")
    @Operation(summary = "Read a facility with its ICU filings, partners and capabilities")
    public FacilityViews.Detail get(@PathParam("code") String code) {
        return facilities.detail(code);
    }

    /**
     * @param code    facility code
     * @param product YJ code of the product
     * @param at      optional ISO-8601 moment
     * @return the decision with one finding per requirement
     */
    @GET
    @Path("{code}/eligibility")
    @Operation(summary = "May this facility receive this product now (or at a moment)?",
            description = "Lists every requirement of the product's profile in force as MET, NOT_MET or UNKNOWN "
                    + "with requirement id, clause (the source document's), reason/reasonEn and the structured "
                    + "evidence[] (kind, params, text in Japanese, textEn; issue 12). releaseClause names the product's "
                    + "own clause that releases the first-delivery restriction, or is null when every delivery is "
                    + "gated. An ICU finding is UNKNOWN when the prefecture's bureau list is missing or older than the "
                    + "profile version allows (GET /api/v1/imports/coverage).")
    public DecisionDocument eligibility(@PathParam("code") String code,
            @Parameter(description = "YJ code, e.g. 4291476A1028 (Lunsumio 1 mg)") @QueryParam("product") String product,
            @Parameter(description = "ISO-8601 moment; default now") @QueryParam("at") String at) {
        if (product == null || product.isBlank()) {
            throw InvalidInputException.of("product", "api.product-required");
        }
        return eligibility.check(code, product, Moments.parse(at, "at"));
    }

    /**
     * @param code facility code
     * @return physicians employed there
     */
    @GET
    @Path("{code}/physicians")
    @Operation(summary = "Physicians of a facility with qualifications and trainings")
    public List<FacilityViews.Physician> physicians(@PathParam("code") String code) {
        return facilities.physicians(code);
    }

    /**
     * @param code facility code
     * @return briefings, newest first
     */
    @GET
    @Path("{code}/briefings")
    @Operation(summary = "Briefings (事前説明) at a facility")
    public List<FacilityViews.BriefingView> briefingList(@PathParam("code") String code) {
        return facilities.briefings(code);
    }

    /**
     * @param code facility code
     * @param body the briefing
     * @return 201 with the stored briefing (complete or not, and what is missing)
     */
    @POST
    @Path("{code}/briefings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a briefing (LUN-BRF-1..4); incomplete briefings are stored and marked")
    public Response recordBriefing(@PathParam("code") String code, BriefingRequest body) {
        briefings.requireRecorder(code);
        FacilityViews.BriefingView v = briefings.record(RequestBodies.require(body).toCommand(code));
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    /**
     * @param code facility code
     * @param at   optional moment
     * @return tocilizumab lots and unexpired IV mg on hand
     */
    @GET
    @Path("{code}/stock")
    @Operation(summary = "Tocilizumab stock: lots and unexpired IV mg on hand (REQUIREMENTS.md §5)")
    public FacilityViews.Stock stock(@PathParam("code") String code, @QueryParam("at") String at) {
        authorization.readFacility(code);
        return facilities.stock(code, Moments.parse(at, "at"));
    }

    /**
     * @param code facility code
     * @return the status history per product, newest first
     */
    @GET
    @Path("{code}/status-history")
    @Operation(summary = "Status history per product: from, to, when, findings changed, cause")
    public List<FacilityViews.StatusHistoryEntry> statusHistory(@PathParam("code") String code) {
        return facilities.statusHistory(code);
    }

    /**
     * @param code facility code
     * @return lots expiring within 60/30 days and the day stock falls below each profile's minimum (issue 5)
     */
    @GET
    @Path("{code}/tocilizumab-readiness")
    @Operation(summary = "Tocilizumab readiness ahead of time: expiring lots, date stock falls below each minimum")
    public FacilityViews.Readiness readiness(@PathParam("code") String code) {
        return facilities.readiness(code);
    }

    /** JSON body of a stock movement. */
    public static class MovementRequest {
        /** Tocilizumab YJ code. */
        public String yjCode;
        /** Lot number. */
        public String lotNumber;
        /** Expiry date (YYYY-MM-DD), for a new lot. */
        public String expiryDate;
        /** RECEIVED, USED, EXPIRED or RETURNED. */
        public String type;
        /** Vials. */
        public jakarta.json.JsonValue vials;
        /** Free text. */
        public String note;
    }

    /**
     * @param code facility code
     * @param body the movement
     * @return 201 with the stock after the movement
     */
    @POST
    @Path("{code}/stock/movements")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a tocilizumab movement (receive, use, expire, return); receiving creates the lot")
    public Response move(@PathParam("code") String code, MovementRequest body) {
        authorization.adminOfFacility(code);
        RequestBodies.require(body);
        MovementType type = RequestBodies.enumValue(MovementType.class, body.type, "type");
        FacilityViews.Stock s = stock.move(code, body.yjCode, body.lotNumber, Moments.date(body.expiryDate, "expiryDate"),
                type, RequestBodies.wholeNumber(body.vials, "vials", 1, 1000), body.note);
        return Response.status(Response.Status.CREATED).entity(s).build();
    }

    /**
     * @param code facility code
     * @param body the physician's qualifications and employment
     * @return 201 with the new physician's id and the facility's physicians
     */
    @POST
    @Path("{code}/physicians")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Register a physician employed at the facility (the facility's administrator)",
            description = "Body: name, licence, hematologyYears, chemotherapyYears, transplantYears, allogeneic, "
                    + "mrMeetings, safetyCooperation, fullTime, treatmentLead, employedFrom, registrationNumber "
                    + "(医籍登録番号: a known number is the same physician, employed here too). Errors name the field.")
    public Response registerPhysician(@PathParam("code") String code, FacilityWrites.NewPhysician body) {
        authorization.adminOfFacility(code);
        RequestBodies.require(body);
        long id = physicianService.register(code, body.qualifications(), body.registrationNumber,
                FacilityWrites.flag(body.fullTime, "fullTime", true),
                FacilityWrites.flag(body.treatmentLead, "treatmentLead", false),
                FacilityWrites.anyDate(body.employedFrom, "employedFrom"));
        return Response.status(Response.Status.CREATED)
                .entity(new FacilityWrites.RegisteredPhysician(id, facilities.physicians(code))).build();
    }

    /**
     * @param code facility code
     * @param id   physician id
     * @param body all qualifications and the version they were read at
     * @return the facility's physicians afterwards
     */
    @PUT
    @Path("{code}/physicians/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Change a physician's qualifications (the facility's administrator; 409 when stale)",
            description = "Replaces every qualification: omitted numbers become unknown, omitted attestations false.")
    public List<FacilityViews.Physician> updatePhysician(@PathParam("code") String code, @PathParam("id") long id,
            FacilityWrites.QualificationsUpdate body) {
        authorization.adminOfFacility(code);
        RequestBodies.require(body);
        long version = RequestBodies.wholeNumber(body.version, "version", 0, Integer.MAX_VALUE);
        physicianService.update(code, id, version, body.qualifications());
        return facilities.physicians(code);
    }

    /**
     * @param code facility code
     * @param id   physician id
     * @param body the product and the completion date
     * @return 201 with the facility's physicians afterwards
     */
    @POST
    @Path("{code}/physicians/{id}/trainings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a physician's completed manufacturer's training for a product (ABE-PHY-TRN): the "
            + "product's manufacturer's MR or safety manager, never the facility (REQUIREMENTS.md §8)",
            description = "Body: product (YJ code), completedOn, course. A later completion records a re-training.")
    public Response recordTraining(@PathParam("code") String code, @PathParam("id") long id,
            FacilityWrites.NewTraining body) {
        authorization.manufacturerAt(code);
        RequestBodies.require(body);
        physicianService.recordTraining(code, id, body.product, Moments.date(body.completedOn, "completedOn"),
                body.course);
        return Response.status(Response.Status.CREATED).entity(facilities.physicians(code)).build();
    }

    /**
     * @param code facility code
     * @param id   employment id (a physician's {@code employmentId})
     * @param body the last day employed
     * @return the facility's physicians afterwards
     */
    @POST
    @Path("{code}/employments/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a physician's employment at the facility; the record stays with its end date (the "
            + "facility's administrator)")
    public List<FacilityViews.Physician> endEmployment(@PathParam("code") String code, @PathParam("id") long id,
            FacilityWrites.Ending body) {
        authorization.adminOfFacility(code);
        RequestBodies.require(body);
        physicianService.endEmployment(code, id, Moments.date(body.lastDay, "lastDay"));
        return facilities.physicians(code);
    }

    /**
     * @param code facility code
     * @param body the declarations and the version they were read at
     * @return the facility as stored
     */
    @PUT
    @Path("{code}/declarations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare the facility's capabilities, ICU-equivalent equipment and JSTCT category (the "
            + "facility's administrator; 409 when stale)",
            description = "Capabilities left out keep their declaration; icuEquivalent, icuEquivalentConfirmedBy and "
                    + "transplantCategory are replaced (absent = not declared).")
    public FacilityViews.Detail declare(@PathParam("code") String code, FacilityWrites.Declarations body) {
        authorization.adminOfFacility(code);
        RequestBodies.require(body);
        long version = RequestBodies.wholeNumber(body.version, "version", 0, Integer.MAX_VALUE);
        String category = body.transplantCategory == null || body.transplantCategory.isBlank() ? null
                : body.transplantCategory.strip();
        return profiles.declare(code, version, body.capabilityMap(),
                FacilityWrites.triState(body.icuEquivalent, "icuEquivalent"), body.icuEquivalentConfirmedBy,
                RequestBodies.enumValue(TransplantCategory.class, category, "transplantCategory"));
    }

    /**
     * @param code facility code
     * @param body the partner, what it covers and the first day
     * @return 201 with the facility and its partners afterwards
     */
    @POST
    @Path("{code}/partnerships")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Add a partner facility (連携施設) with what the partnership covers (the facility's "
            + "administrator)")
    public Response addPartnership(@PathParam("code") String code, FacilityWrites.NewPartnership body) {
        authorization.adminOfFacility(code);
        RequestBodies.require(body);
        partnerships.add(code, body.partnerCode == null ? "" : body.partnerCode.strip(), body.coverageSet(),
                Moments.date(body.validFrom, "validFrom"));
        return Response.status(Response.Status.CREATED).entity(facilities.detail(code)).build();
    }

    /**
     * @param code facility code
     * @param id   partnership id (a partner's {@code id} in the facility)
     * @param body the last day in force
     * @return the facility and its partners afterwards
     */
    @POST
    @Path("{code}/partnerships/{id}/end")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "End a partnership; it stays with its end date (the facility's administrator)")
    public FacilityViews.Detail endPartnership(@PathParam("code") String code, @PathParam("id") long id,
            FacilityWrites.Ending body) {
        authorization.adminOfFacility(code);
        RequestBodies.require(body);
        partnerships.end(code, id, Moments.date(body.lastDay, "lastDay"));
        return facilities.detail(code);
    }

    static int integer(String value, String field) {
        try {
            return Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
            throw InvalidInputException.of(field, "api.integer");
        }
    }

    /**
     * @param code facility code
     * @param body the day the equipment or its evidence was seen ({@code seenOn})
     * @return the facility afterwards
     */
    @POST
    @Path("{code}/icu-equivalent/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A manufacturer's MR or safety manager confirms the facility's ICU-equivalent declaration "
            + "(it then counts for that manufacturer's products; REQUIREMENTS.md §8, issue 11)",
            description = "Body: seenOn (YYYY-MM-DD). Lapses after the profile's confirmationMonths (12 by default) "
                    + "and when the facility changes its declaration.")
    public FacilityViews.Detail confirmIcuEquivalent(@PathParam("code") String code, FacilityWrites.DocumentSeen body) {
        authorization.manufacturerAt(code);
        FacilityWrites.DocumentSeen b = RequestBodies.require(body);
        return profiles.confirmIcuEquivalent(code, Moments.date(b.seenOn, "seenOn"), b.note);
    }

    /**
     * @param code facility code
     * @return the facility's declarations in force with the manufacturers' decisions
     */
    @GET
    @Path("{code}/declarations")
    @Operation(summary = "The facility's declarations in force, each with the manufacturers' confirmations and "
            + "rejections (its administrator; MRs and safety managers of tied manufacturers; REQUIREMENTS.md §8)")
    public List<DeclarationView> declarations(@PathParam("code") String code) {
        return declarations.ofFacility(code);
    }

    /**
     * @param code facility code
     * @param body {@code fact} and {@code value}
     * @return 201 with the declaration in force (its {@code id}), or 200 with no body when withdrawn
     */
    @POST
    @Path("{code}/declarations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Declare one fact (the facility's administrator; issue 11): a capability such as CONTACT_24H "
            + "or SAME_DAY_LAB_RESULTS, ICU_EQUIVALENT or TRANSPLANT_CATEGORY, with its value",
            description = "A changed value is a new, unconfirmed declaration: under a profile's verification "
                    + "CONFIRMED it counts only once a manufacturer's MR or safety manager confirmed it (UNKNOWN "
                    + "「確認待ち」 until then). The same value keeps the declaration and its confirmations.")
    public Response declareOne(@PathParam("code") String code, FacilityWrites.NewDeclaration body) {
        authorization.adminOfFacility(code);
        FacilityWrites.NewDeclaration b = RequestBodies.require(body);
        DeclarationView d = declarations.declare(code, b.fact, b.valueText());
        return d == null ? Response.ok().build() : Response.status(Response.Status.CREATED).entity(d).build();
    }

    /**
     * @param code facility code
     * @param id   declaration id
     * @param body decision, seenOn, note
     * @return the declaration with its decisions
     */
    @POST
    @Path("{code}/declarations/{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A manufacturer's MR or safety manager confirms or rejects a declaration with a site-visit "
            + "note (issue 11, REQUIREMENTS.md §8); multipart/form-data adds an uploaded document `evidence`",
            description = "decision CONFIRMED or REJECTED; seenOn YYYY-MM-DD (not in the future); note. The "
                    + "confirmation counts for the confirming manufacturer's products (others' only when their "
                    + "profile accepts any manufacturer's) until confirmationMonths (12) pass or the facility "
                    + "declares anew (409 then).")
    public DeclarationView decide(@PathParam("code") String code, @PathParam("id") long id,
            FacilityWrites.DeclarationDecision body) {
        authorization.manufacturerAt(code);
        FacilityWrites.DeclarationDecision b = RequestBodies.require(body);
        return declarations.decide(code, id, b.decision, Moments.date(b.seenOn, "seenOn"), b.note, null, null);
    }

    /**
     * @param code  facility code
     * @param id    declaration id
     * @param parts {@code decision}, {@code seenOn}, {@code note} and the file {@code evidence}
     * @return the declaration with its decisions
     */
    @POST
    @Path("{code}/declarations/{id}/confirmation")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(summary = "A manufacturer's MR or safety manager confirms or rejects a declaration with an uploaded "
            + "document (part `evidence`: PDF, PNG or JPEG by content, at most 10 MB, a PDF without JavaScript; "
            + "kept with its SHA-256, never served inline) and/or a site-visit note (issue 11)")
    public DeclarationView decideWithDocument(@PathParam("code") String code, @PathParam("id") long id,
            List<jakarta.ws.rs.core.EntityPart> parts) {
        authorization.manufacturerAt(code);
        java.util.Map<String, String> fields = new java.util.HashMap<>();
        byte[] evidence = null;
        String fileName = null;
        for (jakarta.ws.rs.core.EntityPart part : parts == null ? List.<jakarta.ws.rs.core.EntityPart>of() : parts) {
            if ("evidence".equals(part.getName())) {
                fileName = Uploads.fileName(part.getFileName().orElse(null));
                evidence = Uploads.read(part.getContent(), jp.sitegate.domain.model.declaration.EvidenceFile.MAX_BYTES,
                        "evidence");
            } else {
                fields.put(part.getName(), Uploads.text(part.getContent(), part.getName()));
            }
        }
        return declarations.decide(code, id, fields.get("decision"), Moments.date(fields.get("seenOn"), "seenOn"),
                fields.get("note"), fileName, evidence);
    }

    /**
     * @param code facility code
     * @param id   document id
     * @return the document as an attachment
     */
    @GET
    @Path("{code}/evidence/{id}")
    @Produces(MediaType.APPLICATION_OCTET_STREAM)
    @Operation(summary = "Download an evidence document (the facility's administrator, or the uploading "
            + "manufacturer's MRs and safety managers); always as an attachment, never inline")
    public Response evidence(@PathParam("code") String code, @PathParam("id") long id) {
        EvidenceDownload d = declarations.document(code, id);
        return Response.ok(d.content(), MediaType.APPLICATION_OCTET_STREAM_TYPE)
                .header("Content-Disposition", Uploads.attachment(d.fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("X-SiteGate-SHA256", d.sha256()).build();
    }

    /**
     * @param code the partner facility's code
     * @return partnerships other facilities entered naming it as partner (連携の依頼), newest first
     */
    @GET
    @Path("{code}/partner-requests")
    @Operation(summary = "Partnerships other facilities entered naming this facility as their partner (the partner's "
            + "administrator accepts them; issue 11)")
    public List<FacilityViews.Partner> partnerRequests(@PathParam("code") String code) {
        return partnerships.requestsTo(code);
    }

    /**
     * @param code the partner facility's code
     * @param id   the partnership naming it
     * @return the partner's requests afterwards
     */
    @POST
    @Path("{code}/partner-requests/{id}/acceptance")
    @Operation(summary = "The partner facility's administrator accepts a partnership (it then counts for the facility "
            + "that entered it; REQUIREMENTS.md §8)")
    public List<FacilityViews.Partner> acceptPartnership(@PathParam("code") String code, @PathParam("id") long id) {
        partnerships.accept(code, id);
        return partnerships.requestsTo(code);
    }

    /**
     * @param code the facility that entered the partnership
     * @param id   the partnership
     * @param body the day the signed agreement was seen ({@code seenOn})
     * @return the facility and its partners afterwards
     */
    @POST
    @Path("{code}/partnerships/{id}/document-confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "A manufacturer's MR or safety manager confirms the signed partnership agreement (it then "
            + "counts; REQUIREMENTS.md §8)", description = "Body: seenOn (YYYY-MM-DD).")
    public FacilityViews.Detail confirmPartnershipDocument(@PathParam("code") String code, @PathParam("id") long id,
            FacilityWrites.DocumentSeen body) {
        authorization.manufacturerAt(code);
        FacilityWrites.DocumentSeen b = RequestBodies.require(body);
        partnerships.confirmDocument(code, id, Moments.date(b.seenOn, "seenOn"));
        return facilities.detail(code);
    }

    /**
     * @param code facility code
     * @return the facility's supply suspensions, newest first (the manufacturer's own for its people)
     */
    @GET
    @Path("{code}/suspensions")
    @Operation(summary = "Supply suspensions (出荷停止) of a facility (REQUIREMENTS.md §8): the manufacturer's own for its "
            + "MRs and safety managers, all for the facility's administrator and the operator")
    public List<SuspensionView> suspensions(@PathParam("code") String code) {
        return suspensions.ofFacility(code);
    }

    /**
     * @param code facility code
     * @param body product (or none for all the company's products), reason, optional last day
     * @return 201 with the suspension
     */
    @POST
    @Path("{code}/suspensions")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Suspend supply to the facility (出荷停止, the manufacturer's safety manager)",
            description = "Body: product (YJ code; empty for all the company's products), reason, until (optional "
                    + "last day). While in force every decision for the product is NOT_ELIGIBLE with finding SUSPENDED, "
                    + "first delivery released or not; distributors with an agreement, the facility and the "
                    + "manufacturer's MRs are told (inbox, e-mail, webhook facility.supply.suspended).")
    public Response suspend(@PathParam("code") String code, FacilityWrites.NewSuspension body) {
        suspensions.requireSafetyManager();
        FacilityWrites.NewSuspension b = RequestBodies.require(body);
        SuspensionView v = suspensions.suspend(code, b.product, b.reason, b.until == null || b.until.isBlank() ? null
                : Moments.date(b.until, "until"));
        return Response.status(Response.Status.CREATED).entity(v).build();
    }

    /**
     * @param code    facility code
     * @param id      the suspension
     * @param version the version read (optional)
     * @return the suspension, lifted
     */
    @DELETE
    @Path("{code}/suspensions/{id}")
    @Operation(summary = "Lift a supply suspension (the manufacturer's safety manager); webhook facility.supply.resumed")
    public SuspensionView lift(@PathParam("code") String code, @PathParam("id") long id,
            @QueryParam("version") Long version) {
        return suspensions.lift(code, id, version);
    }

    /**
     * @param code facility code
     * @return the facility's patients' checklists, newest first
     */
    @GET
    @Path("{code}/patient-checklists")
    @Operation(summary = "Patients' checklists of the optimal-use guideline 5. 投与対象となる患者 (issue 12): the "
            + "facility's administrator, and MRs and safety managers of the product's manufacturer tied to the facility "
            + "(their own products' only); never distributors",
            description = "Each names the patient only by the registry's pseudonymous id. candidate is true when every "
                    + "criterion is met, no exclusion applies and ECOG PS is 0-1; failing lists the fields that rule "
                    + "the patient out; shipmentId is the delivery that named it.")
    public List<PatientChecklistView> patientChecklists(@PathParam("code") String code) {
        return patientChecklists.list(code);
    }

    /**
     * @param code facility code
     * @param id   checklist id
     * @return the checklist
     */
    @GET
    @Path("{code}/patient-checklists/{id}")
    @Operation(summary = "One patient's checklist (as the list; 404 for a checklist not of this facility or of another "
            + "manufacturer's product)")
    public PatientChecklistView patientChecklist(@PathParam("code") String code, @PathParam("id") long id) {
        return patientChecklists.get(code, id);
    }

    /**
     * @param code facility code
     * @param body the checklist
     * @return 201 with the checklist (its {@code id} is the shipment's {@code patientChecklistId})
     */
    @POST
    @Path("{code}/patient-checklists")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a patient's checklist (the facility's administrator; issue 12): the treating "
            + "physician's answers to each criterion and exclusion of the optimal-use guideline's section 5 and the "
            + "ECOG performance status",
            description = "product: YJ code of a product delivered per patient (Abecma). registryId: the registry's "
                    + "pseudonymous id — ASCII letters, digits and hyphens with at least one digit, at most 40 "
                    + "characters (never a name). physicianId: a physician employed at the facility on assessedOn. "
                    + "Every item must be answered true or false; ecogPs 0-4. A shipment of the product names the "
                    + "checklist's id as patientChecklistId, once; it is refused (ABE-PAT-1) unless the patient is a "
                    + "candidate.")
    public Response recordPatientChecklist(@PathParam("code") String code, FacilityWrites.NewPatientChecklist body) {
        authorization.adminOfFacility(code);
        PatientChecklistView v = patientChecklists.record(code, RequestBodies.require(body).command());
        return Response.status(Response.Status.CREATED).entity(v).build();
    }
}
