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

    /** The table's order as last loaded: the exports write the rows in it (issue 14). */
    private jp.sitegate.domain.shared.Sorting sorting = jp.sitegate.domain.shared.Sorting.NONE;

    private final LazyDataModel<NotificationViews.InboxEntry> model = new LazyDataModel<>() {
        private static final long serialVersionUID = 1L;

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return (int) notifications.inbox(0, 1).total();
        }

        @Override
        public List<NotificationViews.InboxEntry> load(int first, int pageSize, Map<String, SortMeta> sortBy,
                Map<String, FilterMeta> filterBy) {
            sorting = LazySorting.of(sortBy);
            return notifications.inbox(sorting, first / pageSize, pageSize).items();
        }

        @Override
        public String getRowKey(NotificationViews.InboxEntry e) {
            return Long.toString(e.id());
        }
    };

    private static String username() {
        return CurrentUserBean.current().username();
    }

    /** The shown columns for the exports (issue 14): time, severity, subject and read, in the page's words. */
    private jp.sitegate.interfaces.web.export.TableExport<NotificationViews.InboxEntry> export() {
        boolean en = Messages.english();
        DateFormats dates = new DateFormats();
        Texts texts = new Texts();
        return new jp.sitegate.interfaces.web.export.TableExport<>(List.of(
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("inbox.when"),
                        e -> dates.format(e.createdAt(), en)),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("inbox.severity"),
                        e -> Messages.text("severity." + e.severity())),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("inbox.subject"),
                        e -> texts.inLanguage(e.subject(), en)),
                new jp.sitegate.interfaces.web.export.TableExport.Column<>(Messages.text("inbox.read"),
                        e -> Messages.text(e.readAt() == null ? "inbox.unread" : "inbox.readDone"))));
    }

    private List<NotificationViews.InboxEntry> all() {
        return jp.sitegate.interfaces.web.export.TableExport.allPages(
                p -> notifications.inbox(sorting, p, NotificationService.MAX_PAGE).items(),
                NotificationService.MAX_PAGE);
    }

    /** @return the whole inbox in the table's order as CSV, the table's columns (issue 14) */
    public org.primefaces.model.StreamedContent getCsv() {
        return export().csvDownload("sitegate-inbox", all());
    }

    /** @return the whole inbox in the table's order as an Excel workbook, the table's columns (issue 14) */
    public org.primefaces.model.StreamedContent getXlsx() {
        return export().xlsxDownload("sitegate-inbox", Messages.text("inbox.title"), all());
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
