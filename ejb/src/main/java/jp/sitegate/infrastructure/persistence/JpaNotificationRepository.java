package jp.sitegate.infrastructure.persistence;

import jp.sitegate.domain.shared.Slice;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import jp.sitegate.domain.model.notification.DeliveryAttempt;
import jp.sitegate.domain.model.notification.Notification;
import jp.sitegate.domain.model.notification.NotificationRepository;
import jp.sitegate.domain.model.notification.OutboundMessage;
import jp.sitegate.domain.model.notification.WebhookSubscription;

/** {@link NotificationRepository} over JPA (issue 13). */
@ApplicationScoped
public class JpaNotificationRepository extends JpaAdapter implements NotificationRepository {
    @Override
    public java.util.Set<Long> servedAmong(long userId, java.util.Collection<Long> facilityIds) {
        return new java.util.HashSet<>(em.createNamedQuery("ServedFacility.among", Long.class)
                .setParameter("userId", userId).setParameter("ids", facilityIds).getResultList());
    }

    /** For the container. */
    protected JpaNotificationRepository() {
    }

    /** @param em the entity manager (Java SE tests) */
    public JpaNotificationRepository(EntityManager em) {
        super(em);
    }

    @Override
    public boolean delivered(long userId, String dedupKey) {
        return em.createNamedQuery("Notification.exists", Long.class).setParameter("userId", userId)
                .setParameter("key", dedupKey).getSingleResult() > 0;
    }

    @Override
    public void add(Notification notification) {
        em.persist(notification);
    }

    @Override
    public void queue(OutboundMessage message) {
        em.persist(message);
    }

    @Override
    public void add(DeliveryAttempt attempt) {
        em.persist(attempt);
    }

    @Override
    public List<WebhookSubscription> activeWebhooksOf(long userId) {
        return em.createNamedQuery("WebhookSubscription.activeOfUser", WebhookSubscription.class)
                .setParameter("userId", userId).getResultList();
    }

    @Override
    public List<Long> due(Instant now, int max) {
        return em.createNamedQuery("OutboundMessage.due", OutboundMessage.class).setParameter("now", now)
                .setMaxResults(max).getResultList().stream().map(OutboundMessage::getId).toList();
    }

    @Override
    public Optional<OutboundMessage> lockForDelivery(long messageId) {
        // issue 17: SKIP LOCKED (MySQL 8, MariaDB 10.6+, H2 2.2) answers at once with no row while another instance's
        // dispatcher holds the message, instead of waiting for its send to end; the find below then reads the row we
        // hold from the database, not from the shared cache
        if (em.createNativeQuery("SELECT id FROM outbound_message WHERE id = ?1 FOR UPDATE SKIP LOCKED")
                .setParameter(1, messageId).getResultList().isEmpty()) {
            return Optional.empty();
        }
        return Optional.ofNullable(em.find(OutboundMessage.class, messageId, LockModeType.PESSIMISTIC_WRITE));
    }

    /** What each column an inbox sorts by (issue 14) sorts by: severity by rank, read as unread before read. */
    private static final java.util.Map<String, String> INBOX_SORT_BY = java.util.Map.of("createdAt", "n.createdAt", "severity",
            "CASE WHEN n.severity = jp.sitegate.domain.model.notification.Severity.CRITICAL THEN 2 "
                    + "WHEN n.severity = jp.sitegate.domain.model.notification.Severity.WARNING THEN 1 ELSE 0 END",
            "read", "CASE WHEN n.readAt IS NULL THEN 0 ELSE 1 END");

    @Override
    public Slice<Notification> inbox(long userId, jp.sitegate.domain.shared.Sorting sorting, int first, int max) {
        return new Slice<>(em.createQuery("SELECT n FROM Notification n WHERE n.recipient.id = :userId"
                + sorting.orderBy(INBOX_SORT_BY, "n.createdAt DESC, n.id DESC"), Notification.class)
                .setParameter("userId", userId).setFirstResult(first).setMaxResults(max).getResultList(),
                em.createQuery("SELECT COUNT(n) FROM Notification n WHERE n.recipient.id = :userId", Long.class)
                        .setParameter("userId", userId).getSingleResult());
    }

    @Override
    public long unreadCount(long userId) {
        return em.createNamedQuery("Notification.unread", Long.class).setParameter("userId", userId).getSingleResult();
    }

    @Override
    public List<Notification> unread(long userId) {
        return em.createQuery("SELECT n FROM Notification n WHERE n.recipient.id = :userId AND n.readAt IS NULL",
                Notification.class).setParameter("userId", userId).getResultList();
    }

    @Override
    public List<WebhookSubscription> webhooksOf(long organisationId) {
        return em.createNamedQuery("WebhookSubscription.ofOrganisation", WebhookSubscription.class)
                .setParameter("org", organisationId).getResultList();
    }

    @Override
    public Slice<OutboundMessage> callsOf(long subscriptionId, int first, int max) {
        return new Slice<>(em.createNamedQuery("OutboundMessage.ofSubscription", OutboundMessage.class)
                .setParameter("subscriptionId", subscriptionId).setFirstResult(first).setMaxResults(max)
                .getResultList(), em.createQuery("SELECT COUNT(m) FROM OutboundMessage m WHERE m.subscription.id = :id",
                        Long.class).setParameter("id", subscriptionId).getSingleResult());
    }

    @Override
    public List<DeliveryAttempt> attemptsAt(long messageId) {
        return em.createNamedQuery("DeliveryAttempt.ofMessage", DeliveryAttempt.class).setParameter("messageId", messageId)
                .getResultList();
    }
}
