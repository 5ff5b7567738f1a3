package jp.sitegate.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.sitegate.application.notification.NotificationService;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.interfaces.security.CurrentUserBean;

/** The unread count shown beside the inbox link of the menu bar (one query per page view). */
@Named
@RequestScoped
public class InboxBadgeBean {
    @Inject
    private NotificationService notifications;

    private Long unread;

    /** @return unread entries of the logged-in user (0 when nobody is logged in) */
    public long getUnread() {
        if (unread == null) {
            AuthenticatedUser u = CurrentUserBean.current();
            unread = u == null ? 0L : notifications.unread();
        }
        return unread;
    }
}
