package jp.sitegate.interfaces.rest;

import jakarta.ejb.EJBException;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jp.sitegate.application.shipment.ShipmentCommand;
import jp.sitegate.application.shipment.ShipmentService;
import jp.sitegate.application.view.ShipmentReceipt;
import jp.sitegate.domain.shared.InvalidInputException;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Records shipments through the gate (LUN-DST-1, LUN-DST-2). */
@Path("v1/shipments")
@Produces(MediaType.APPLICATION_JSON)
public class ShipmentResource {

    @Inject
    private ShipmentService shipments;

    /** JSON body of a shipment. */
    public static class ShipmentRequest {
        /** Destination code. */
        public String facilityCode;
        /** YJ code. */
        public String product;
        /** Units. */
        public jakarta.json.JsonValue quantity;
        /** Order reference. */
        public String orderReference;
        /** The patient's checklist (issue 12): required for a product delivered per patient (Abecma), else absent. */
        @org.eclipse.microprofile.openapi.annotations.media.Schema(
                type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.INTEGER, nullable = true,
                description = "id of the patient's checklist the facility recorded (GET /v1/facilities/{code}/"
                        + "patient-checklists); required for a product delivered per patient, used once")
        public jakarta.json.JsonValue patientChecklistId;
    }

    /**
     * @param key  Idempotency-Key header (required)
     * @param body the shipment
     * @return 201 with the receipt; 200 with the same receipt for a retry; 422 with the findings when refused
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(summary = "Record a shipment; refused with the findings when the facility is not eligible",
            description = "Releases the first-delivery restriction where the product's policy says so (LUN-DST-2). "
                    + "The Idempotency-Key header makes a retry return the first answer. A product delivered per "
                    + "patient (policy PER_PATIENT: Abecma) names patientChecklistId, a checklist of that facility "
                    + "whose patient is a candidate, used by no other shipment; otherwise the decision carries "
                    + "ABE-PAT-1 NOT_MET and the shipment is refused (422).")
    public Response record(@HeaderParam("Idempotency-Key") String key, ShipmentRequest body) {
        shipments.requireDistributor();
        RequestBodies.require(body);
        if (body.facilityCode == null || body.facilityCode.isBlank()) {
            throw new InvalidInputException("facilityCode", "医療機関コードが必要です", "facilityCode is required");
        }
        if (body.product == null || body.product.isBlank()) {
            throw new InvalidInputException("product", "製品のYJコードが必要です", "product (YJ code) is required");
        }
        ShipmentCommand cmd = new ShipmentCommand(key, body.facilityCode.strip(), body.product.strip().toUpperCase(),
                RequestBodies.wholeNumber(body.quantity, "quantity", 1, 10_000), body.orderReference,
                body.patientChecklistId == null || body.patientChecklistId.getValueType()
                        == jakarta.json.JsonValue.ValueType.NULL ? null
                        : (long) RequestBodies.wholeNumber(body.patientChecklistId, "patientChecklistId", 1,
                                Integer.MAX_VALUE));
        ShipmentReceipt receipt;
        try {
            receipt = shipments.record(cmd);
        } catch (EJBException e) {
            if (!isConstraintViolation(e)) {
                throw e;
            }
            // a concurrent request won a unique constraint: the same key (answer with its shipment) or the
            // first-delivery release of the facility (record again: the restriction is released now)
            receipt = shipments.findByKey(cmd).orElseGet(() -> shipments.record(cmd));
        }
        return Response.status(receipt.replayed() ? Response.Status.OK : Response.Status.CREATED).entity(receipt)
                .build();
    }

    private static boolean isConstraintViolation(Throwable t) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (c instanceof java.sql.SQLIntegrityConstraintViolationException
                    || (c instanceof java.sql.SQLException sql && "23".equals(sqlState(sql)))) {
                return true;
            }
        }
        return false;
    }

    private static String sqlState(java.sql.SQLException e) {
        return e.getSQLState() == null || e.getSQLState().length() < 2 ? "" : e.getSQLState().substring(0, 2);
    }
}
