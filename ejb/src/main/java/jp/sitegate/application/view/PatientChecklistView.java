package jp.sitegate.application.view;

import java.io.Serializable;
import java.util.List;

/**
 * A patient's checklist of the optimal-use guideline's section 5 (issue 12), as the facility's page and the API show
 * it to the facility and to the product's manufacturer.
 *
 * @param id            checklist id (what a shipment names as {@code patientChecklistId})
 * @param facilityCode  facility code
 * @param product       product key (e.g. ABECMA)
 * @param productName   product name (Japanese)
 * @param registryId    the registry's pseudonymous patient id
 * @param physicianId   the treating physician's id
 * @param physicianName the treating physician's name
 * @param assessedOn    the day assessed (YYYY-MM-DD)
 * @param answers       every item with the physician's answer, in the guideline's order
 * @param ecogPs        ECOG performance status 0–4
 * @param candidate     true when every criterion is met, no exclusion applies and ECOG PS is 0–1
 * @param failing       the fields of the items that rule the patient out (and {@code ecogPs} when 2–4)
 * @param recordedBy    who recorded it
 * @param recordedAt    when (ISO-8601)
 * @param shipmentId    the shipment that named it, or {@code null} while unused
 */
public record PatientChecklistView(long id, String facilityCode, String product, String productName,
        String registryId, long physicianId, String physicianName, String assessedOn, List<Answer> answers, int ecogPs,
        boolean candidate, List<String> failing, String recordedBy, String recordedAt, Long shipmentId)
        implements Serializable {

    /**
     * One item and its answer.
     *
     * @param field    the request field ({@code relapsedOrRefractoryMm}, …)
     * @param kind     {@code CRITERION} (must be true) or {@code EXCLUSION} (must be false)
     * @param labelJa  the item (Japanese)
     * @param labelEn  the item (English)
     * @param answer   the physician's answer
     * @param passes   true when the answer keeps the patient a candidate
     */
    public record Answer(String field, String kind, String labelJa, String labelEn, boolean answer, boolean passes)
            implements Serializable {
    }
}
