package jp.sitegate.application;

/**
 * Request to record a shipment.
 *
 * @param idempotencyKey client key (1–100 characters) making a retry safe
 * @param facilityCode   destination's 10-digit code
 * @param yjCode         product strength
 * @param quantity       units (1–10,000)
 * @param orderReference distributor's order reference or {@code null}
 * @param distributor    distributor name or {@code null}
 */
public record ShipmentCommand(String idempotencyKey, String facilityCode, String yjCode, int quantity,
        String orderReference, String distributor) {
}
