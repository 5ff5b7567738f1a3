package jp.sitegate.application.notification;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import jp.sitegate.infrastructure.notification.MailSettings;
import jp.sitegate.infrastructure.notification.WebhookTransport;
import org.eclipse.microprofile.config.Config;

/**
 * Sends the outbox every 10 seconds (issue 5): each message in its own transaction ({@link OutboxWorker}), at most
 * {@value #BATCH} per run; one run at a time.
 */
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class OutboxDispatcher {
    /** Messages per run. */
    public static final int BATCH = 200;
    private static final Logger LOG = Logger.getLogger(OutboxDispatcher.class.getName());
    private final AtomicBoolean running = new AtomicBoolean();


    @Inject
    private Clock clock;

    @EJB
    private OutboxWorker worker;

    @Inject
    private jp.sitegate.domain.model.notification.NotificationRepository outbox;

    @Inject
    private Config config;

    private OutboxDelivery delivery;

    @PostConstruct
    void init() {
        MailSettings mail = MailSettings.of(config.getOptionalValue("sitegate.mail.smtp.host", String.class),
                config.getOptionalValue("sitegate.mail.smtp.port", Integer.class),
                config.getOptionalValue("sitegate.mail.smtp.user", String.class),
                config.getOptionalValue("sitegate.mail.smtp.password", String.class),
                config.getOptionalValue("sitegate.mail.smtp.starttls", Boolean.class),
                config.getOptionalValue("sitegate.mail.from", String.class));
        delivery = new OutboxDelivery(mail, new WebhookTransport(jp.sitegate.domain.model.notification.WebhookAddresses
                .of(config.getOptionalValue("sitegate.webhook.allowed-hosts", String.class).orElse(null))));
        LOG.info(mail.enabled() ? "notification e-mail through " + mail.host() + ":" + mail.port()
                : "notification e-mail off (sitegate.mail.smtp.host not set): inbox only");
    }

    /** Delivers what is due; skipped while the previous run is still going. */
    @Schedule(hour = "*", minute = "*", second = "*/10", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void run() {
        if (!running.compareAndSet(false, true)) {
            return;
        }
        try {
            Instant now = clock.instant();
            List<Long> due = outbox.due(now, BATCH);
            for (Long id : due) {
                try {
                    worker.deliver(delivery, id, now);
                } catch (RuntimeException e) {
                    LOG.log(Level.WARNING, "outbound message " + id + " could not be processed", e);
                }
            }
        } finally {
            running.set(false);
        }
    }
}
