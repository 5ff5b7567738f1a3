package jp.sitegate.application.admin;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jp.sitegate.domain.shared.SecurityEvents;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import jp.sitegate.application.Authorization;
import jp.sitegate.application.gate.EligibilityEngine;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.model.facility.Facility;
import jp.sitegate.domain.model.organisation.MrAssignment;
import jp.sitegate.domain.model.organisation.Organisation;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.model.user.UserAccount;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.InvalidInputException;

/**
 * Users and their credentials (issue 4): passwords are kept only as salted PBKDF2 hashes (Jakarta Security
 * {@link Pbkdf2PasswordHash}); {@value UserAccount#MAX_FAILED_LOGINS} wrong passwords in a row lock an account
 * for {@link UserAccount#LOCK_DURATION}.
 */
@Stateless
public class UserAccountService {
    /** Shortest password accepted. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    @jakarta.inject.Inject
    private jp.sitegate.domain.shared.UnitOfWork work;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.organisation.OrganisationRepository organisations;

    @jakarta.inject.Inject
    private jp.sitegate.application.gate.EligibilityEngine engine;

    @jakarta.inject.Inject
    private jp.sitegate.domain.model.user.UserAccountRepository userAccounts;

    @Inject
    private Pbkdf2PasswordHash hash;

    @Inject
    private CredentialRevocations revocations;

    @Inject
    private jp.sitegate.domain.shared.SecurityEvents events;

    @Inject
    private Clock clock;

    @Inject
    private Authorization authorization;

    /** Outcome of a login attempt. */
    public enum Outcome {
        /** Name and password match. */
        VALID,
        /** Unknown name, wrong password or disabled account. */
        INVALID,
        /** Locked after repeated wrong passwords. */
        LOCKED
    }

    /**
     * @param outcome the outcome
     * @param user    the user when VALID, else {@code null}
     */
    public record Authentication(Outcome outcome, AuthenticatedUser user) {
    }

    /**
     * Checks a login, counting wrong passwords in its own transaction so the count survives the caller's failure.
     *
     * @param username login name
     * @param password password
     * @return the outcome and, when valid, the user
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Authentication authenticate(String username, String password) {
        Instant now = clock.instant();
        char[] typed = (password == null ? "" : password).toCharArray();
        Optional<UserAccount> found = username == null ? Optional.empty()
                : userAccounts.byName(username);
        if (found.isEmpty() || found.get().lockedAt(now)) {
            // issue 15: an unknown name and a locked account take as long as a wrong password (a dummy hash of the
            // same strength is verified), and the caller answers all three alike
            hash().verify(typed, dummyHash());
            if (found.isEmpty()) {
                events.record(SecurityEvents.Kind.LOGIN_FAILED, username, null, "{\"knownUser\":false}");
                return new Authentication(Outcome.INVALID, null);
            }
            events.record(SecurityEvents.Kind.LOGIN_LOCKED, username, found.get().getOrganisationId(), null);
            return new Authentication(Outcome.LOCKED, null);
        }
        UserAccount u = found.get();
        boolean ok = password != null && hash().verify(typed, u.getPasswordHash());
        if (!ok || !u.isEnabled() || !organisationActive(u)) {
            u.recordFailedLogin(now);
            events.record(SecurityEvents.Kind.LOGIN_FAILED, username, u.getOrganisationId(), "{\"knownUser\":true,"
                    + "\"reason\":\"" + (!ok ? "password" : !u.isEnabled() ? "disabled" : "organisation-inactive")
                    + "\"}");
            if (u.lockedAt(now)) {
                // issue 15: locking ends the user's page sessions and remembered API credentials at once
                revocations.revoke(u.getUsername());
                events.record(SecurityEvents.Kind.LOCKOUT, username, u.getOrganisationId(), null);
                return new Authentication(Outcome.LOCKED, null);
            }
            return new Authentication(Outcome.INVALID, null);
        }
        u.recordSuccessfulLogin();
        events.record(SecurityEvents.Kind.LOGIN, username, u.getOrganisationId(), null);
        if (needsUpgrade(u.getPasswordHash())) {
            // issue 15: a hash of fewer iterations or a weaker algorithm is replaced at the next successful login
            u.changePasswordHash(hash().generate(typed));
        }
        return new Authentication(Outcome.VALID, view(u));
    }

    /**
     * PBKDF2-HMAC-SHA512 with 210,000 iterations, a 32-byte salt and a 64-byte key (issue 15: OWASP's password
     * storage cheat sheet for PBKDF2-HMAC-SHA512), as {@link Pbkdf2PasswordHash#initialize} reads them.
     */
    static final java.util.Map<String, String> HASH_PARAMETERS = java.util.Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA512", "Pbkdf2PasswordHash.Iterations", "210000",
            "Pbkdf2PasswordHash.SaltSizeBytes", "32", "Pbkdf2PasswordHash.KeySizeBytes", "64");

    private boolean hashInitialized;

    /** @return the password hash, initialized with {@link #HASH_PARAMETERS} (once per instance) */
    private Pbkdf2PasswordHash hash() {
        if (!hashInitialized) {
            hash.initialize(HASH_PARAMETERS);
            hashInitialized = true;
        }
        return hash;
    }

    /**
     * @param stored a stored hash, {@code algorithm:iterations:salt:hash}
     * @return true when it is weaker than {@link #HASH_PARAMETERS} (another algorithm, fewer iterations)
     */
    static boolean needsUpgrade(String stored) {
        String[] parts = stored == null ? new String[0] : stored.split(":");
        if (parts.length != 4) {
            return true;
        }
        try {
            return !parts[0].equals(HASH_PARAMETERS.get("Pbkdf2PasswordHash.Algorithm"))
                    || Integer.parseInt(parts[1]) < Integer.parseInt(HASH_PARAMETERS.get("Pbkdf2PasswordHash.Iterations"));
        } catch (NumberFormatException e) {
            return true;
        }
    }

    private boolean organisationActive(UserAccount u) {
        Organisation o = work.find(Organisation.class, u.getOrganisationId());
        return o != null && o.isActive();
    }

    /** A hash of a random password, verified for unknown users so their answer takes as long as for known ones. */
    private static volatile String dummyHash;

    private String dummyHash() {
        if (dummyHash == null) {
            dummyHash = hash().generate(java.util.UUID.randomUUID().toString().toCharArray());
        }
        return dummyHash;
    }

    /**
     * @param username login name
     * @return the user, if any
     */
    public Optional<AuthenticatedUser> find(String username) {
        return userAccounts.byName(username).map(this::view);
    }

    /**
     * Who manages users: the operator's system administrator. Callers that check input before {@link #create} call
     * this first, so a caller without the right gets 403 whatever the input.
     *
     * @throws jp.sitegate.domain.shared.ForbiddenException otherwise
     */
    public void requireAdministrator() {
        authorization.anyRole(Role.SYSTEM_ADMIN);
    }

    /**
     * {@link #create(String, String, String, Set, Long, String)} with the roles by name, as the API sends them: the
     * caller's right is checked before the names are read (issue 10).
     *
     * @param roleNames role names ({@link Role} constants); {@code null} for none
     * @throws InvalidInputException naming {@code roles} for an unknown name, and as the other method
     */
    public void createFromNames(String username, String displayName, String password, List<String> roleNames,
            Long organisationId, String facilityCode) {
        authorization.anyRole(Role.SYSTEM_ADMIN);
        create(username, displayName, password, roles(roleNames), organisationId, facilityCode);
    }

    /**
     * Creates a user in an organisation (issue 10): a system administrator of the operator only.
     *
     * @param username       login name (3–100 characters: letters, digits, . _ -)
     * @param displayName    name shown
     * @param password       password (at least {@value #MIN_PASSWORD_LENGTH} characters)
     * @param roles          roles (not empty, each allowed for the organisation's kind)
     * @param organisationId the organisation the user speaks for; may be {@code null} when {@code facilityCode}
     *                       names the facility whose organisation it is
     * @param facilityCode   a facility code standing for its organisation, or {@code null}
     * @throws jp.sitegate.domain.shared.ForbiddenException unless the caller is a system administrator
     * @throws InvalidInputException naming the field for invalid input: {@code username}, {@code password},
     *                               {@code roles} (also a role of another organisation kind), {@code organisationId}
     *                               (missing, unknown, inactive, or not the facility's)
     * @throws ConflictException     when the name is taken
     */
    public void create(String username, String displayName, String password, Set<Role> roles, Long organisationId,
            String facilityCode) {
        authorization.anyRole(Role.SYSTEM_ADMIN);
        if (username == null || !username.matches("[A-Za-z0-9._-]{3,100}")) {
            throw InvalidInputException.of("username", "user.username-3-100-letters");
        }
        PasswordPolicy.check("password", password, username);
        if (roles == null || roles.isEmpty()) {
            throw InvalidInputException.of("roles", "user.least-one-role");
        }
        if (find(username).isPresent()) {
            throw ConflictException.of("username", "user.username-already-taken");
        }
        if (organisationId == null && (facilityCode == null || facilityCode.isBlank())
                && roles.contains(Role.FACILITY_ADMIN)) {
            throw InvalidInputException.of("facilityCode", "user.facility-administrator-needs");
        }
        Organisation organisation = organisation(organisationId, facilityCode);
        UserAccount.checkRoles(roles, organisation);
        work.add(new UserAccount(username, displayName == null || displayName.isBlank() ? username
                : displayName.strip(), hash().generate(password.toCharArray()), roles, organisation, clock.instant()));
        work.flush();
    }

    private Organisation organisation(Long organisationId, String facilityCode) {
        Organisation byFacility = null;
        if (facilityCode != null && !facilityCode.isBlank()) {
            Facility f = engine.facility(facilityCode);
            byFacility = organisations.ofFacility(f).orElseThrow(() -> InvalidInputException.of("facilityCode",
                    "user.facility-has-no-organisation"));
        }
        if (organisationId == null) {
            if (byFacility == null) {
                throw InvalidInputException.of("organisationId", "user.organisationid-required");
            }
            return byFacility;
        }
        Organisation o = work.find(Organisation.class, organisationId);
        if (o == null) {
            throw InvalidInputException.of("organisationId", "user.no-organisation", organisationId);
        }
        if (byFacility != null && !byFacility.getId().equals(o.getId())) {
            throw InvalidInputException.of("organisationId", "user.organisationid-not-organisation");
        }
        return o;
    }

    /**
     * Assigns a facility to an MR (briefings of the MR's manufacturer may be recorded there, and the manufacturer
     * may read the facility's physicians): by a safety manager of the MR's manufacturer, or the operator's system
     * administrator. Assigning again changes nothing.
     *
     * @param username     the MR
     * @param facilityCode facility
     * @throws jp.sitegate.domain.shared.ForbiddenException for another manufacturer's MR (or, for a safety manager,
     *                                                     an unknown user) or any other role
     * @throws InvalidInputException naming {@code username} when the user is not an MR (or, for the operator,
     *                               unknown)
     */
    public void assign(String username, String facilityCode) {
        AuthenticatedUser caller = authorization.anyRole(Role.SAFETY_MANAGER, Role.SYSTEM_ADMIN);
        boolean operator = caller == null || caller.has(Role.SYSTEM_ADMIN);
        // a safety manager learns nothing of other companies' accounts: unknown and another's MR are both 403
        UserAccount u = operator ? existing(username) : userAccounts.byName(username).orElse(null);
        if (u == null || !operator && !caller.belongsTo(u.getOrganisationId())) {
            throw jp.sitegate.domain.shared.ForbiddenException.of("username", "user.only-mr-s-own");
        }
        if (!u.roles().contains(Role.MR)) {
            throw InvalidInputException.of("username", "user.not-mr");
        }
        Facility f = engine.facility(facilityCode);
        if (work.find(MrAssignment.class, new MrAssignment.Key(u.getId(), f.getId())) == null) {
            work.add(new MrAssignment(u.getId(), f.getId(), clock.instant()));
            work.flush();
        }
    }

    /**
     * Sets or clears the address notification e-mails go to (issue 5).
     *
     * @param username the user
     * @param email    an address (≤ 254 characters, one '@'), or {@code null}/blank for none
     * @throws InvalidInputException for a malformed address (field {@code email}) or an unknown user
     * @throws jp.sitegate.domain.shared.ForbiddenException for another user's address, unless a system administrator
     */
    public void changeEmail(String username, String email) {
        selfOrAdmin(username);
        UserAccount u = existing(username);
        if (email != null && !email.isBlank()
                && (email.strip().length() > 254 || !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+"))) {
            throw InvalidInputException.of("email", "user.email-look-like-name");
        }
        u.changeEmail(email);
    }

    /**
     * @param username the user
     * @return the user's notification e-mail address, or {@code null}
     * @throws jp.sitegate.domain.shared.ForbiddenException for another user's address, unless a system administrator
     */
    public String email(String username) {
        selfOrAdmin(username);
        return userAccounts.byName(username).map(UserAccount::getEmail).orElse(null);
    }

    /** A user's own settings: that user, a system administrator or system work (issue 10). */
    private void selfOrAdmin(String username) {
        AuthenticatedUser c = authorization.anyRole(Role.values());
        if (c != null && !c.username().equals(username) && !c.has(Role.SYSTEM_ADMIN)) {
            throw jp.sitegate.domain.shared.ForbiddenException.of("username", "user.may-change-only-own");
        }
    }

    private UserAccount existing(String username) {
        return userAccounts.byName(username).orElseThrow(() -> InvalidInputException.of("username",
                "user.no-such-user"));
    }

    /**
     * An account's standing as the users page shows it (issue 14).
     *
     * @param username           login name
     * @param enabled            false when a system administrator disabled it
     * @param lockedUntil        until when it is locked after wrong passwords (ISO-8601), or {@code null}
     * @param mustChangePassword true while it holds a one-time password from a reset
     */
    public record Standing(String username, boolean enabled, String lockedUntil, boolean mustChangePassword) {
    }

    /**
     * @return every account's standing, by user name: a system administrator only
     * @throws jp.sitegate.domain.shared.ForbiddenException otherwise
     */
    public java.util.Map<String, Standing> standings() {
        authorization.anyRole(Role.SYSTEM_ADMIN);
        Instant now = clock.instant();
        java.util.Map<String, Standing> out = new java.util.TreeMap<>();
        for (UserAccount u : userAccounts.all()) {
            out.put(u.getUsername(), new Standing(u.getUsername(), u.isEnabled(),
                    u.lockedAt(now) ? u.getLockedUntil().toString() : null, u.isMustChangePassword()));
        }
        return out;
    }

    /**
     * A system administrator changes a user's roles and whether the account may log in (issue 14). Disabling takes
     * effect at the next request: the user's remembered API credential stops counting ({@link
     * CredentialRevocations}).
     *
     * @param username  the user
     * @param roleNames the roles, by name (issue 10's rule: at least one, each allowed for the organisation's kind)
     * @param enabled   false to disable the account
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a system administrator
     * @throws InvalidInputException naming {@code username} (unknown, or the caller's own account being disabled or
     *                               losing SYSTEM_ADMIN) or {@code roles}
     */
    public void update(String username, List<String> roleNames, boolean enabled) {
        AuthenticatedUser caller = authorization.anyRole(Role.SYSTEM_ADMIN);
        UserAccount u = existing(username);
        Set<Role> roles = roles(roleNames);
        if (caller != null && caller.username().equals(username) && (!enabled || !roles.contains(Role.SYSTEM_ADMIN))) {
            throw InvalidInputException.of("username", "user.not-own-admin");
        }
        u.changeRoles(roles, work.find(Organisation.class, u.getOrganisationId()));
        u.enable(enabled);
        work.flush();
        revocations.revoke(username);
    }

    /**
     * A system administrator ends a lockout (issue 14).
     *
     * @param username the user
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a system administrator
     * @throws InvalidInputException naming {@code username} for an unknown user
     */
    public void unlock(String username) {
        authorization.anyRole(Role.SYSTEM_ADMIN);
        existing(username).unlock();
        work.flush();
    }

    /**
     * A system administrator resets a password (issue 14): the account gets a random one-time password, shown once
     * to the administrator to hand over; the user must set their own at the next login. The old password and the
     * remembered API credential stop working at once.
     *
     * @param username the user
     * @return the one-time password (16 characters, letters and digits without look-alikes)
     * @throws jp.sitegate.domain.shared.ForbiddenException unless a system administrator
     * @throws InvalidInputException naming {@code username} for an unknown user
     */
    public String resetPassword(String username) {
        authorization.anyRole(Role.SYSTEM_ADMIN);
        UserAccount u = existing(username);
        String alphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789";
        java.security.SecureRandom random = new java.security.SecureRandom();
        StringBuilder oneTime = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            oneTime.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        u.resetPassword(hash().generate(oneTime.toString().toCharArray()));
        work.flush();
        revocations.revoke(username);
        return oneTime.toString();
    }

    /**
     * Every user changes their own password (issue 14), giving the current one.
     *
     * @param current     the current password (a one-time password after a reset)
     * @param newPassword the new one: at least {@value #MIN_PASSWORD_LENGTH} characters, not containing the user name,
     *                    not the current one
     * @throws jp.sitegate.domain.shared.ForbiddenException when nobody is signed in (system work included)
     * @throws InvalidInputException naming {@code current} when it is wrong, {@code newPassword} otherwise
     */
    public void changeOwnPassword(String current, String newPassword) {
        AuthenticatedUser caller = authorization.anyRole(Role.values());
        if (caller == null) {
            throw jp.sitegate.domain.shared.ForbiddenException.of("username", "user.may-change-only-own");
        }
        UserAccount u = existing(caller.username());
        if (current == null || !hash().verify(current.toCharArray(), u.getPasswordHash())) {
            throw InvalidInputException.of("current", "user.current-password-wrong");
        }
        PasswordPolicy.check("newPassword", newPassword, u.getUsername());
        if (newPassword.equals(current)) {
            throw InvalidInputException.of("newPassword", "user.password-unchanged");
        }
        u.changeOwnPassword(hash().generate(newPassword.toCharArray()));
        work.flush();
        revocations.revoke(u.getUsername());
    }

    /**
     * @param username a user name
     * @return true while the account holds a one-time password the user must replace (the login leads there)
     */
    public boolean mustChangePassword(String username) {
        return username != null && userAccounts.byName(username).map(UserAccount::isMustChangePassword).orElse(false);
    }

    private static Set<Role> roles(List<String> roleNames) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (String name : roleNames == null ? List.<String>of() : roleNames) {
            roles.add(Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst()
                    .orElseThrow(() -> InvalidInputException.of("roles", "user.unknown-role",
                            name, Arrays.toString(Role.values()))));
        }
        return roles;
    }

    /**
     * @return every user, by name (never their password hashes): a system administrator only
     * @throws jp.sitegate.domain.shared.ForbiddenException otherwise
     */
    public java.util.List<AuthenticatedUser> list() {
        authorization.anyRole(Role.SYSTEM_ADMIN);
        return userAccounts.all().stream().map(this::view).toList();
    }

    /** @return true when at least one SYSTEM_ADMIN exists */
    public boolean hasSystemAdministrator() {
        return userAccounts.anyWithRole(Role.SYSTEM_ADMIN);
    }

    private AuthenticatedUser view(UserAccount u) {
        Set<String> assigned = new TreeSet<>();
        userAccounts.assignedFacilities(u.getId()).forEach(c -> assigned.add(c.value()));
        Organisation o = work.find(Organisation.class, u.getOrganisationId());
        return new AuthenticatedUser(u.getUsername(), u.getDisplayName(), u.roles(),
                u.getFacility() == null ? null : u.getFacility().getCode().value(), o.getNameJa(), assigned,
                o.getId(), o.getKind(), o.getNameEn());
    }
}
