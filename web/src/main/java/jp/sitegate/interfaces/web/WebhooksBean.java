package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import jp.sitegate.application.notification.NotificationService;
import jp.sitegate.application.view.NotificationViews;
import jp.sitegate.domain.shared.DomainException;

/**
 * A distributor's webhook subscriptions (issue 5): subscribe a URL (the secret is shown once), cancel, and read
 * each subscription's delivery log.
 */
@Named
@ViewScoped
public class WebhooksBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notifications;

    private String url;
    private String secret;
    private NotificationViews.Webhook created;
    private List<NotificationViews.Webhook> webhooks;
    private List<NotificationViews.Delivery> deliveries = List.of();
    private Long shownId;


    /** Subscribes the URL; shows the secret once. */
    public void subscribe() {
        try {
            created = notifications.subscribe(url, secret);
            url = null;
            secret = null;
            webhooks = null;
            Messages.info(Messages.text("webhooks.created", created.id()));
        } catch (DomainException e) {
            Messages.error("url".equals(e.field()) ? "webhooks:url" : "secret".equals(e.field()) ? "webhooks:secret"
                    : null, e);
        }
    }

    /** @param id subscription to cancel */
    public void cancel(long id) {
        try {
            notifications.cancel(id);
            webhooks = null;
            if (created != null && created.id() == id) {
                created = null; // the secret of a cancelled subscription is of no use any more
            }
            Messages.info(Messages.text("webhooks.cancelled", id));
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** @param id subscription whose delivery log to show (latest 50 calls) */
    public void showDeliveries(long id) {
        try {
            // a mutable copy: the table sorts it in place (issue 14)
            deliveries = new java.util.ArrayList<>(notifications.deliveries(id, 0, 50).items());
            shownId = id;
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** @return the user's subscriptions */
    public List<NotificationViews.Webhook> getWebhooks() {
        if (webhooks == null) {
            webhooks = new java.util.ArrayList<>(notifications.webhooks()); // sortable in place
        }
        return webhooks;
    }

    /** @return the delivery log shown */
    public List<NotificationViews.Delivery> getDeliveries() {
        return deliveries;
    }

    /**
     * @param d       a call of the log
     * @param english true for the English page
     * @return its attempts as the table shows them, one per line ("when — what happened"), for the exports
     */
    public String logText(NotificationViews.Delivery d, boolean english) {
        DateFormats dates = new DateFormats();
        return String.join("\n",
                d.log().stream().map(a -> dates.format(a.at(), english) + " — " + a.detail()).toList());
    }

    /** @return id of the subscription whose log is shown */
    public Long getShownId() {
        return shownId;
    }

    /** @return the subscription just created (with its secret), or {@code null} */
    public NotificationViews.Webhook getCreated() {
        return created;
    }

    /** @return the URL typed */
    public String getUrl() {
        return url;
    }

    /** @param url the URL */
    public void setUrl(String url) {
        this.url = url;
    }

    /** @return the secret typed */
    public String getSecret() {
        return secret;
    }

    /** @param secret the secret (empty: generated) */
    public void setSecret(String secret) {
        this.secret = secret;
    }
}
