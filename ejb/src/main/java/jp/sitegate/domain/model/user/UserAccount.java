package jp.sitegate.domain.model.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.organisation.Organisation;
import jp.sitegate.domain.model.organisation.OrganisationKind;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.domain.shared.Reason;

/**
 * A user of SiteGate: the one organisation they speak for (issue 10), roles allowed for that organisation's kind
 * ({@link OrganisationKind#allowedRoles()}), the facility a facility administrator manages (their organisation's
 * facility), and the password as a salted PBKDF2 hash only. Repeated wrong passwords lock the account for a while.
 */
@Entity
@Table(name = "app_user")
@NamedQuery(name = "UserAccount.byName", query = "SELECT u FROM UserAccount u WHERE u.username = :name")
public class UserAccount {
    /** Wrong passwords in a row that lock the account. */
    public static final int MAX_FAILED_LOGINS = 5;
    /** How long a locked account stays locked. */
    public static final Duration LOCK_DURATION = Duration.ofMinutes(15);

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true, updatable = false)
    private String username;

    @Column(name = "display_name", nullable = false)
    private String displayName;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(nullable = false)
    private String roles;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "facility_id")
    private Facility facility;

    @Column(name = "organisation_id", nullable = false, updatable = false)
    private Long organisationId;

    private String email;

    @Column(name = "failed_logins", nullable = false)
    private int failedLogins;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(nullable = false)
    private boolean enabled = true;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Version
    private long version;

    protected UserAccount() {
    }

    /**
     * @param username     login name
     * @param displayName  name shown
     * @param passwordHash PBKDF2 hash of the password (never the password)
     * @param roles        roles (not empty, each allowed for the organisation's kind)
     * @param organisation the organisation the user speaks for (a FACILITY_ADMIN manages its facility)
     * @param now          creation moment
     * @throws InvalidInputException naming {@code roles} when empty or when a role is not allowed for the
     *                               organisation's kind (e.g. DISTRIBUTOR in a facility), {@code organisationId} when
     *                               the organisation is inactive
     */
    public UserAccount(String username, String displayName, String passwordHash, Set<Role> roles,
            Organisation organisation, Instant now) {
        checkRoles(roles, organisation);
        if (!organisation.isActive()) {
            throw InvalidInputException.of("organisationId", "user.organisation-inactive");
        }
        this.username = username;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = roles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
        this.organisationId = organisation.getId();
        this.facility = organisation.getFacility();
        this.createdAt = now;
    }

    /**
     * The rule of issue 10: a user has at least one role, and only roles their organisation's kind allows.
     *
     * @param roles        roles asked for
     * @param organisation the organisation
     * @throws InvalidInputException naming {@code roles} otherwise
     */
    public static void checkRoles(Set<Role> roles, Organisation organisation) {
        if (roles == null || roles.isEmpty()) {
            throw InvalidInputException.of("roles", "user.least-one-role");
        }
        Set<Role> wrong = EnumSet.copyOf(roles);
        wrong.removeAll(organisation.getKind().allowedRoles());
        if (!wrong.isEmpty()) {
            throw InvalidInputException.of("roles", "user.roles-are-not-allowed",
                    new Reason(KIND_JA.get(organisation.getKind()), String.valueOf(organisation.getKind())), wrong,
                    organisation.getKind().allowedRoles());
        }
    }

    private static final java.util.Map<OrganisationKind, String> KIND_JA = java.util.Map.of(
            OrganisationKind.MANUFACTURER, "製造販売業者", OrganisationKind.DISTRIBUTOR, "卸売販売業者",
            OrganisationKind.FACILITY, "医療機関", OrganisationKind.OPERATOR, "運営者");

    /** @return the roles */
    public Set<Role> roles() {
        Set<Role> s = EnumSet.noneOf(Role.class);
        Arrays.stream(roles.split(",")).filter(r -> !r.isBlank()).map(Role::valueOf).forEach(s::add);
        return s;
    }

    /**
     * @param now the moment
     * @return true while the account is locked after repeated wrong passwords
     */
    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /**
     * Records a wrong password; the {@value #MAX_FAILED_LOGINS}th in a row locks the account for
     * {@link #LOCK_DURATION}.
     *
     * @param now the moment
     */
    public void recordFailedLogin(Instant now) {
        failedLogins++;
        if (failedLogins >= MAX_FAILED_LOGINS) {
            lockedUntil = now.plus(LOCK_DURATION);
            failedLogins = 0;
        }
    }

    /** Records a successful login: the count of wrong passwords starts again. */
    public void recordSuccessfulLogin() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** @param hash the new password's PBKDF2 hash */
    public void changePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    @Column(name = "must_change_password", nullable = false)
    private boolean mustChangePassword;

    /**
     * A system administrator's reset (issue 14): a one-time password, to be replaced by the user at the next login;
     * the account is unlocked.
     *
     * @param hash the one-time password's hash
     */
    public void resetPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = true;
        unlock();
    }

    /** @param hash the password the user chose, replacing a one-time password if there was one */
    public void changeOwnPassword(String hash) {
        this.passwordHash = hash;
        this.mustChangePassword = false;
    }

    /** @return true while the password is a one-time password the user must replace */
    public boolean isMustChangePassword() {
        return mustChangePassword;
    }

    /** Ends a lockout and the count of wrong passwords (a system administrator's unlock, issue 14). */
    public void unlock() {
        failedLogins = 0;
        lockedUntil = null;
    }

    /** @return until when the account is locked, or {@code null} */
    public Instant getLockedUntil() {
        return lockedUntil;
    }

    /**
     * @param newRoles     the roles (issue 10's rule: at least one, each allowed for the organisation's kind)
     * @param organisation the user's organisation
     * @throws InvalidInputException naming {@code roles} otherwise
     */
    public void changeRoles(Set<Role> newRoles, Organisation organisation) {
        checkRoles(newRoles, organisation);
        this.roles = newRoles.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    /**
     * @param address e-mail address for notifications, or {@code null}/blank for none; validated by the caller
     */
    public void changeEmail(String address) {
        this.email = address == null || address.isBlank() ? null : address.strip();
    }

    /** @return the e-mail address notifications are sent to, or {@code null} */
    public String getEmail() {
        return email;
    }

    /** @param isEnabled whether the user may log in */
    public void enable(boolean isEnabled) {
        this.enabled = isEnabled;
    }

    /** @return the id */
    public Long getId() {
        return id;
    }

    /** @return the login name */
    public String getUsername() {
        return username;
    }

    /** @return the name shown */
    public String getDisplayName() {
        return displayName;
    }

    /** @return the PBKDF2 password hash */
    public String getPasswordHash() {
        return passwordHash;
    }

    /** @return the facility a facility administrator manages, or {@code null} */
    public Facility getFacility() {
        return facility;
    }

    /** @return the id of the organisation the user speaks for */
    public Long getOrganisationId() {
        return organisationId;
    }

    /** @return whether the user may log in */
    public boolean isEnabled() {
        return enabled;
    }

    /** @return the number of wrong passwords in a row */
    public int getFailedLogins() {
        return failedLogins;
    }

    /** @return the optimistic-lock version */
    public long getVersion() {
        return version;
    }
}
