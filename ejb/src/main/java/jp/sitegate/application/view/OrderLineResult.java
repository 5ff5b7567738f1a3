package jp.sitegate.application.view;

import java.util.List;

/**
 * The gate's answer for one order line of a batch check.
 *
 * @param line                line number in the uploaded file
 * @param orderReference      order reference as given
 * @param facilityCode        facility code as given
 * @param facilityName        facility name, or {@code null} when unknown
 * @param yjCode              YJ code as given
 * @param productName         product name, or {@code null} when unknown
 * @param quantity            quantity
 * @param decision            ELIGIBLE, NOT_ELIGIBLE, or ERROR when the line could not be checked
 * @param failingRequirements requirement ids not MET
 * @param error               why the line could not be checked (Japanese), or {@code null}
 * @param errorEn             the same in English, or {@code null}
 * @param status              ELIGIBLE, FLAGGED (deliverable after the first-delivery release although a requirement
 *                            is not met, LUN-DST-2), NOT_ELIGIBLE, or ERROR — what pages and downloads show (issue 14)
 */
public record OrderLineResult(int line, String orderReference, String facilityCode, String facilityName,
        String yjCode, String productName, int quantity, String decision, List<String> failingRequirements,
        String error, String errorEn, String status) {

    /** @return the requirement ids not MET, comma-separated */
    public String failingList() {
        return String.join(", ", failingRequirements);
    }
}
