package jp.sitegate.interfaces.web;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import jp.sitegate.application.admin.UserAccountService;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.DomainException;

/** The system administrator's user management page: list users, create one, assign facilities to MRs. */
@Named
@ViewScoped
public class UsersBean implements Serializable {
    private static final long serialVersionUID = 1L;

    @Inject
    private UserAccountService users;

    private List<AuthenticatedUser> list;
    private String username;
    private String displayName;
    private String password;
    private List<String> roles = new ArrayList<>();
    private String facilityCode;
    private Long organisationId;
    private List<jp.sitegate.application.view.OrganisationViews.Organisation> organisations;

    @jakarta.inject.Inject
    private jp.sitegate.application.admin.OrganisationService organisationService;
    private String assignUser;
    private String assignFacility;

    /** @return every user */
    public List<AuthenticatedUser> getList() {
        if (list == null) {
            list = new ArrayList<>(users.list()); // sorted in place by the table (sortBy)
            standings = users.standings();
        }
        return list;
    }

    private java.util.Map<String, UserAccountService.Standing> standings;
    /** The user being edited (issue 14), or {@code null}. */
    private String editUser;
    private List<String> editRoles = new ArrayList<>();
    private boolean editEnabled;
    /** The one-time password of the last reset, shown once, and whose it is. */
    private String oneTimePassword;
    private String oneTimeUser;

    /**
     * @param u a user as listed
     * @return the account's standing in the reader's language: 有効 / 無効 / ロック中（…まで）, and 初回パスワード when
     *         the user must set a new password
     */
    public String standing(AuthenticatedUser u) {
        getList();
        UserAccountService.Standing s = standings.get(u.username());
        if (s == null) {
            return "";
        }
        String text = Messages.text(s.enabled() ? "users.enabled" : "users.disabled");
        if (s.lockedUntil() != null) {
            text += "・" + Messages.text("users.lockedUntil", new DateFormats().format(s.lockedUntil(),
                    Messages.english()));
        }
        return s.mustChangePassword() ? text + "・" + Messages.text("users.oneTime") : text;
    }

    /**
     * @param u a user as listed
     * @return true while the account is locked
     */
    public boolean locked(AuthenticatedUser u) {
        getList();
        UserAccountService.Standing s = standings.get(u.username());
        return s != null && s.lockedUntil() != null;
    }

    /** @param u the user to edit: opens the dialog with their roles and standing */
    public void edit(AuthenticatedUser u) {
        getList();
        editUser = u.username();
        editRoles = new ArrayList<>(u.roles().stream().map(Enum::name).sorted().toList());
        UserAccountService.Standing s = standings.get(u.username());
        editEnabled = s == null || s.enabled();
    }

    /** Saves the dialog's roles and enabled state (the same service method as PUT /api/v1/users/{username}). */
    public void saveEdit() {
        try {
            users.update(editUser, editRoles, editEnabled);
            Messages.info(Messages.text("users.updated", editUser));
            list = null;
            org.primefaces.PrimeFaces.current().executeScript("PF('editDialog').hide()");
        } catch (DomainException e) {
            Messages.error("edit:" + (e.field() == null || "username".equals(e.field()) ? "roles" : e.field()), e);
        }
    }

    /** @param u the user to unlock (POST /api/v1/users/{username}/unlock) */
    public void unlock(AuthenticatedUser u) {
        try {
            users.unlock(u.username());
            Messages.info(Messages.text("users.unlocked", u.username()));
            list = null;
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** @param u the user whose password is reset; the one-time password is shown once (POST …/password-reset) */
    public void reset(AuthenticatedUser u) {
        try {
            oneTimePassword = users.resetPassword(u.username());
            oneTimeUser = u.username();
            list = null;
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /** @return the one-time password of the last reset, shown once; {@code null} afterwards */
    public String takeOneTimePassword() {
        String p = oneTimePassword;
        oneTimePassword = null;
        return p;
    }

    /** @return true when a one-time password waits to be shown */
    public boolean isOneTimeShown() {
        return oneTimePassword != null;
    }

    /** @return whose the one-time password is */
    public String getOneTimeUser() {
        return oneTimeUser;
    }

    /** @return the user being edited */
    public String getEditUser() {
        return editUser;
    }

    /** @return the edited roles */
    public List<String> getEditRoles() {
        return editRoles;
    }

    /** @param v the edited roles */
    public void setEditRoles(List<String> v) {
        editRoles = v == null ? new ArrayList<>() : new ArrayList<>(v);
    }

    /** @return whether the edited account may log in */
    public boolean isEditEnabled() {
        return editEnabled;
    }

    /** @param v whether the edited account may log in */
    public void setEditEnabled(boolean v) {
        editEnabled = v;
    }

    /** Creates the user of the form. */
    public void create() {
        try {
            Set<Role> r = EnumSet.noneOf(Role.class);
            roles.forEach(n -> r.add(Role.valueOf(n)));
            users.create(username, displayName, password, r, organisationId, facilityCode);
            Messages.info(Messages.text("users.created", username));
            list = null;
            username = null;
            password = null;
        } catch (DomainException e) {
            Messages.error("user:" + (e.field() == null ? "username" : e.field()), e);
        }
    }

    /** Assigns a facility to an MR. */
    public void assign() {
        try {
            users.assign(assignUser, assignFacility);
            Messages.info(Messages.text("users.assigned", assignFacility, assignUser));
            list = null;
        } catch (DomainException e) {
            Messages.error(null, e);
        }
    }

    /**
     * @param u a user as listed
     * @return the user's roles in the reader's language, e.g. 「MR（医薬情報担当者）」
     */
    public String roleLabels(AuthenticatedUser u) {
        return u.roles().stream().sorted().map(r -> Messages.text("role." + r.name()))
                .collect(java.util.stream.Collectors.joining("、"));
    }

    /**
     * @param u a user as listed
     * @return the facility codes an MR is assigned to, or an empty text
     */
    public String assigned(AuthenticatedUser u) {
        return String.join("、", u.assignedFacilities());
    }

    /** @return the roles */
    public Role[] getAllRoles() {
        return Role.values();
    }

    /** @return the new user's name */
    public String getUsername() {
        return username;
    }

    /** @param v the new user's name */
    public void setUsername(String v) {
        username = v;
    }

    /** @return the new user's display name */
    public String getDisplayName() {
        return displayName;
    }

    /** @param v the new user's display name */
    public void setDisplayName(String v) {
        displayName = v;
    }

    /** @return the new user's password */
    public String getPassword() {
        return password;
    }

    /** @param v the new user's password */
    public void setPassword(String v) {
        password = v;
    }

    /** @return the new user's roles */
    public List<String> getRoles() {
        return roles;
    }

    /** @param v the new user's roles */
    public void setRoles(List<String> v) {
        roles = v;
    }

    /** @return the facility of a new facility administrator */
    public String getFacilityCode() {
        return facilityCode;
    }

    /** @param v the facility of a new facility administrator */
    public void setFacilityCode(String v) {
        facilityCode = v;
    }

    /** @return the new user's organisation id (a company or the operator; facilities by facility code) */
    public Long getOrganisationId() {
        return organisationId;
    }

    /** @param v the new user's organisation id */
    public void setOrganisationId(Long v) {
        organisationId = v;
    }

    /** @return the companies and the operator, for the organisation choice (facilities are chosen by code) */
    public List<jp.sitegate.application.view.OrganisationViews.Organisation> getOrganisations() {
        if (organisations == null) {
            organisations = organisationService.list(null, null);
        }
        return organisations;
    }

    /** @return the MR to assign */
    public String getAssignUser() {
        return assignUser;
    }

    /** @param v the MR to assign */
    public void setAssignUser(String v) {
        assignUser = v;
    }

    /** @return the facility to assign */
    public String getAssignFacility() {
        return assignFacility;
    }

    /** @param v the facility to assign */
    public void setAssignFacility(String v) {
        assignFacility = v;
    }
}
