package jp.sitegate.domain.model.eligibility;

/** State of the first-delivery restriction (初回納入制限, LUN-DST-2) for a facility and product. */
public enum FirstDeliveryStatus {
    /** The product gates every delivery. */
    NOT_APPLICABLE,
    /** No permitted delivery yet: the requirements gate the delivery. */
    ACTIVE,
    /** Released after the first permitted delivery: later deliveries are not restricted (LUN-DST-2). */
    RELEASED
}
