package jp.sitegate.interfaces.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jp.sitegate.application.view.AuthenticatedUser;

/** Finds the authenticated user of a request: the API's Basic login (request) or the pages' login (session). */
public final class CurrentUser {
    private CurrentUser() {
    }

    /**
     * @param request the request
     * @return the user, or {@code null} when nobody is logged in
     */
    public static AuthenticatedUser of(HttpServletRequest request) {
        if (request.getAttribute(SiteGateAuthenticationMechanism.USER) instanceof AuthenticatedUser u) {
            return u;
        }
        HttpSession s = request.getSession(false);
        return s == null ? null : (AuthenticatedUser) s.getAttribute(SiteGateAuthenticationMechanism.USER);
    }
}
