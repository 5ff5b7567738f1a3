package jp.sitegate.application.notification;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.time.Instant;
import jp.sitegate.domain.model.notification.DeliveryStatus;

/** One delivery attempt in its own transaction, so a slow or failing recipient never holds up the others. */
@Stateless
public class OutboxWorker {
    @jakarta.inject.Inject
    private jp.sitegate.domain.model.notification.NotificationRepository outbox;

    /**
     * @param delivery  the delivery logic with its transports
     * @param messageId the message
     * @param now       the moment
     * @return the status afterwards, or {@code null} when no longer due
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public DeliveryStatus deliver(OutboxDelivery delivery, long messageId, Instant now) {
        return delivery.deliver(outbox, messageId, now);
    }
}
