package jp.sitegate.infrastructure.notification;

/**
 * The result of one delivery attempt.
 *
 * @param delivered  true when delivered
 * @param httpStatus the webhook's HTTP status, or {@code null}
 * @param detail     what happened
 */
public record DeliveryResult(boolean delivered, Integer httpStatus, String detail) {
}
