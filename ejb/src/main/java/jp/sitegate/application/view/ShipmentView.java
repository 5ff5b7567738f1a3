package jp.sitegate.application.view;

/**
 * A shipment as the distributor's list shows it.
 *
 * @param id                    shipment id
 * @param shippedAt             when recorded (ISO-8601)
 * @param facilityCode          destination code
 * @param facilityName          destination name
 * @param yjCode                strength
 * @param productName           product name
 * @param quantity              units
 * @param orderReference        order reference
 * @param distributor           distributor
 * @param decisionId            stored decision
 * @param releasedFirstDelivery released the first-delivery restriction (LUN-DST-2)
 */
public record ShipmentView(long id, String shippedAt, String facilityCode, String facilityName, String yjCode,
        String productName, int quantity, String orderReference, String distributor, String decisionId,
        boolean releasedFirstDelivery) {
}
