package jp.sitegate.application.view;

/**
 * A recorded shipment.
 *
 * @param shipmentId            id
 * @param idempotencyKey        client key
 * @param facilityCode          destination
 * @param yjCode                strength shipped
 * @param quantity              units
 * @param orderReference        order reference or {@code null}
 * @param shippedAt             when recorded (ISO-8601)
 * @param decisionId            stored decision that let it pass
 * @param releasedFirstDelivery true when this shipment released the first-delivery restriction (LUN-DST-2)
 * @param replayed              true when this answers a retry with the same key
 */
public record ShipmentReceipt(long shipmentId, String idempotencyKey, String facilityCode, String yjCode,
        int quantity, String orderReference, String shippedAt, String decisionId, boolean releasedFirstDelivery,
        boolean replayed) {
}
