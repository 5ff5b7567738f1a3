package jp.sitegate.domain.model.notification;

/** Where an outbound message stands. */
public enum DeliveryStatus {
    /** Waiting for its (next) attempt. */
    PENDING,
    /** Delivered. */
    SENT,
    /** Given up after {@link OutboundMessage#MAX_ATTEMPTS} attempts; the delivery log says why. */
    FAILED
}
