package jp.sitegate.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ResourceBundle;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.model.user.Role;

/** The login form and logout: after login each role lands on its main page (or the page it asked for). */
@Named
@RequestScoped
public class LoginBean {

    @Inject
    private SecurityContext security;

    private String username;
    private String password;
    private String next;
    private boolean expired;

    /**
     * Logs in with the form's name and password.
     *
     * @throws IOException when the redirect fails
     */
    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext ext = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) ext.getRequest();
        AuthenticationStatus status = security.authenticate(request, (HttpServletResponse) ext.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password == null ? "" : password)));
        if (status == AuthenticationStatus.SUCCESS) {
            AuthenticatedUser u = (AuthenticatedUser) request.getSession().getAttribute(
                    SiteGateAuthenticationMechanism.USER);
            String target = next != null && next.startsWith("/") && !next.startsWith("//") ? next : home(u);
            if (SiteGateAuthenticationMechanism.mustChangePassword(request)) {
                // issue 14: after a reset, the user sets their own password before anything else
                target = "/account/password.xhtml";
            }
            ext.redirect(ext.getRequestContextPath() + target);
            faces.responseComplete();
            return;
        }
        // issue 15: an unknown name, a wrong password and a locked account answer alike, so the page tells nobody
        // which names exist or are locked
        ResourceBundle msg = faces.getApplication().getResourceBundle(faces, "msg");
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, msg.getString("login.failed"), null));
    }

    /**
     * Logs out and returns to the login page.
     *
     * @throws IOException when the redirect fails
     */
    public void logout() throws IOException {
        ExternalContext ext = FacesContext.getCurrentInstance().getExternalContext();
        try {
            ((HttpServletRequest) ext.getRequest()).logout();
        } catch (jakarta.servlet.ServletException e) {
            // the session is invalidated below anyway
        }
        ext.invalidateSession();
        ext.redirect(ext.getRequestContextPath() + "/login.xhtml");
    }

    private static String home(AuthenticatedUser u) {
        if (u.has(Role.DISTRIBUTOR)) {
            return "/check.xhtml";
        }
        if (u.has(Role.MR)) {
            return "/mr/facilities.xhtml";
        }
        if (u.has(Role.FACILITY_ADMIN)) {
            return "/facility/home.xhtml?code=" + u.facilityCode();
        }
        if (u.has(Role.SAFETY_MANAGER)) {
            return "/safety/dashboard.xhtml";
        }
        return "/import.xhtml";
    }

    /** @return the login name */
    public String getUsername() {
        return username;
    }

    /** @param username the login name */
    public void setUsername(String username) {
        this.username = username;
    }

    /** @return the password */
    public String getPassword() {
        return password;
    }

    /** @param password the password */
    public void setPassword(String password) {
        this.password = password;
    }

    /** @return the page asked for before login */
    public String getNext() {
        return next;
    }

    /** @return true when the login page was opened because the session expired (issue 14) */
    public boolean isExpired() {
        return expired;
    }

    /** @param expired true when the session expired during work */
    public void setExpired(boolean expired) {
        this.expired = expired;
    }

    /** @param next the page asked for before login */
    public void setNext(String next) {
        this.next = next;
    }
}
