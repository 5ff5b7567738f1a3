package jp.sitegate.interfaces.security;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import jp.sitegate.application.view.AuthenticatedUser;

/** The logged-in user, for the pages (name in the header, menus per role). */
@Named("currentUser")
@RequestScoped
public class CurrentUserBean {

    /** @return the logged-in user, or {@code null} */
    public AuthenticatedUser getUser() {
        return current();
    }

    /** @return the user of the current Faces request, or {@code null} */
    public static AuthenticatedUser current() {
        return CurrentUser.of((HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest());
    }

    /**
     * @param role role name
     * @return true when the logged-in user has it
     */
    public boolean has(String role) {
        AuthenticatedUser u = getUser();
        return u != null && u.roles().stream().anyMatch(r -> r.name().equals(role));
    }
}
