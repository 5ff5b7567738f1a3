package jp.sitegate.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jp.sitegate.application.admin.UserAccountService;
import jp.sitegate.domain.shared.DomainException;
import jp.sitegate.interfaces.security.CurrentUserBean;

/**
 * Every user's own password (issue 14, {@code account/password.xhtml}): the current one, the new one twice; the same
 * service method as {@code PUT /api/v1/account/password}. After a reset the login leads here first.
 */
@Named
@RequestScoped
public class AccountBean {
    @Inject
    private UserAccountService users;
    @Inject
    private jp.sitegate.application.admin.CredentialRevocations revocations;

    private String current;
    private String newPassword;
    private String repeated;
    private boolean changed;

    /** Changes the signed-in user's password; says which field is wrong otherwise. */
    public void change() {
        if (newPassword == null || !newPassword.equals(repeated)) {
            Messages.error("password:repeated", Messages.text("account.repeatDiffers"));
            return;
        }
        try {
            users.changeOwnPassword(current, newPassword);
            // the change ends the user's other sessions and API credentials (issue 15); this one stays signed in
            jp.sitegate.interfaces.security.SiteGateAuthenticationMechanism.renewed(
                    (jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                            .getExternalContext().getRequest(), revocations);
            changed = true;
            Messages.info(Messages.text("account.changed"));
        } catch (DomainException e) {
            Messages.error("password:" + (e.field() == null ? "current" : e.field()), e);
        }
    }

    /** @return true when the signed-in user holds a one-time password to replace */
    public boolean isMustChange() {
        return !changed && jp.sitegate.interfaces.security.SiteGateAuthenticationMechanism.mustChangePassword(
                (jakarta.servlet.http.HttpServletRequest) jakarta.faces.context.FacesContext.getCurrentInstance()
                        .getExternalContext().getRequest());
    }

    /** @return true once the password was changed in this request */
    public boolean isChanged() {
        return changed;
    }

    /** @return the current password (never shown back) */
    public String getCurrent() {
        return null;
    }

    /** @param v the current password */
    public void setCurrent(String v) {
        current = v;
    }

    /** @return the new password (never shown back) */
    public String getNewPassword() {
        return null;
    }

    /** @param v the new password */
    public void setNewPassword(String v) {
        newPassword = v;
    }

    /** @return the new password repeated (never shown back) */
    public String getRepeated() {
        return null;
    }

    /** @param v the new password repeated */
    public void setRepeated(String v) {
        repeated = v;
    }
}
