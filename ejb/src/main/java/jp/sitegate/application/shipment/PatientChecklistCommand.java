package jp.sitegate.application.shipment;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Map;
import jp.sitegate.domain.model.patient.PatientCriterion;

/**
 * A patient's checklist to record (issue 12). The facility is the path's, the author the caller.
 *
 * @param product     YJ code of the product (its policy is per patient)
 * @param registryId  the registry's pseudonymous patient id (ASCII letters, digits, hyphens; a digit; ≤ 40)
 * @param physicianId the treating physician, employed at the facility on {@code assessedOn}
 * @param assessedOn  the day the physician assessed the patient (not in the future)
 * @param answers     each item's answer ({@code null} or absent: not answered, refused naming its field)
 * @param ecogPs      ECOG performance status 0–4 ({@code null}: refused naming {@code ecogPs})
 */
public record PatientChecklistCommand(@NotBlank(message = "{checklist.product}") String product, String registryId,
        @NotNull(message = "{checklist.physician-id}") Long physicianId, LocalDate assessedOn,
        Map<PatientCriterion, Boolean> answers, @NotNull(message = "{checklist.ecog-ps}") Integer ecogPs) {
}
