package jp.sitegate.application.shipment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jp.sitegate.domain.model.facility.MedicalInstitutionCode;
import jp.sitegate.domain.model.product.YjCode;

/**
 * A shipment to record through the gate. The distributor is the caller's organisation (issue 10), never a field
 * of the request.
 *
 * @param idempotencyKey client key (1–100 characters), unique per distributor
 * @param facilityCode   destination facility code (kept normalised, issue 12)
 * @param yjCode         YJ code of the strength shipped (kept normalised, issue 12)
 * @param quantity       units, 1–10,000
 * @param orderReference distributor's order reference or {@code null}
 * @param patientChecklistId the patient's checklist a per-patient delivery names (issue 12), or {@code null}
 */
public record ShipmentCommand(
        @NotBlank(message = "{shipment.idempotency-key}") @Size(max = 100, message = "{shipment.idempotency-key}")
        String idempotencyKey, String facilityCode, String yjCode,
        @Min(value = 1, message = "{shipment.quantity}") @Max(value = 10_000, message = "{shipment.quantity}")
        int quantity,
        @Size(max = 100, message = "{shipment.order-reference}") String orderReference, Long patientChecklistId) {

    /** Keeps the codes as {@link MedicalInstitutionCode#normalize} and {@link YjCode#normalize} read them. */
    public ShipmentCommand {
        facilityCode = MedicalInstitutionCode.normalize(facilityCode);
        yjCode = YjCode.normalize(yjCode);
    }

    /**
     * A shipment naming no patient's checklist.
     *
     * @param idempotencyKey client key (1–100 characters), unique per distributor
     * @param facilityCode   destination facility code
     * @param yjCode         YJ code of the strength shipped
     * @param quantity       units, 1–10,000
     * @param orderReference distributor's order reference or {@code null}
     */
    public ShipmentCommand(String idempotencyKey, String facilityCode, String yjCode, int quantity,
            String orderReference) {
        this(idempotencyKey, facilityCode, yjCode, quantity, orderReference, null);
    }
}
