package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import jp.sitegate.application.notification.NotificationService;
import jp.sitegate.application.view.NotificationViews;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.interfaces.security.CurrentUserBean;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

/**
 * The in-application inbox of the logged-in user (issue 5): status changes (blocked, flagged, eligible again) and
 * tocilizumab warnings, newest first, paged from the database; mark one or all read.
 */
@Named
@ViewScoped
public class InboxBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private NotificationService notifications;

    @Inject
    private jp.sitegate.application.admin.UserAccountService users;

    private NotificationViews.InboxEntry selected;
    private String email;
    private boolean emailLoaded;

    private final LazyDataModel<NotificationViews.InboxEntry> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) notifications.inbox(0, 1).total();
        }

        @Override
        public List<NotificationViews.InboxEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            return notifications.inbox(LazySorting.of(sortBy), first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(NotificationViews.InboxEntry e) {
            return Long.toString(e.id());
        }
    };

    private static String username() {
        return CurrentUserBean.current().username();
    }

    /** @return the lazy inbox */
    public LazyDataModel<NotificationViews.InboxEntry> getModel() {
        return model;
    }

    /**
     * Opens an entry and marks it read.
     *
     * @param id the entry
     */
    public void open(long id) {
        try {
            selected = notifications.markRead(id);
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** Marks every entry read. */
    public void markAllRead() {
        int n = notifications.markAllRead();
        Messages.info(Messages.text("inbox.markedAll", n));
    }

    /** Saves the address notification e-mails go to (empty: none). */
    public void saveEmail() {
        try {
            users.changeEmail(username(), email);
            Messages.info(Messages.text(email == null || email.isBlank() ? "inbox.emailCleared" : "inbox.emailSaved"));
        } catch (DomainException e) {
            Messages.error("email".equals(e.field()) ? "settings:email" : null, e);
        }
    }

    /** @return the user's notification e-mail address */
    public String getEmail() {
        if (!emailLoaded) {
            email = users.email(username());
            emailLoaded = true;
        }
        return email;
    }

    /** @param email the address typed */
    public void setEmail(String email) {
        this.email = email;
        this.emailLoaded = true;
    }

    /** @return the entry opened, or {@code null} */
    public NotificationViews.InboxEntry getSelected() {
        return selected;
    }
}
