package jp.sitegate.domain.model.product;

/** How deliveries of a product are gated (流通管理). */
public enum DistributionPolicy {
    /** Gate until the first permitted delivery; later deliveries unrestricted (LUN-DST-1, LUN-DST-2). */
    FIRST_DELIVERY_ONLY,
    /** Every delivery is gated. */
    EVERY_DELIVERY
}
