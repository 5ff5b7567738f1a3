package jp.sitegate.application.admin;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.Set;
import java.util.function.Function;
import jp.sitegate.domain.model.organisation.OrganisationKind;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.ForbiddenException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.testsupport.Actors;
import jp.sitegate.testsupport.DatabaseTest;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.Inject;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Users: PBKDF2-hashed passwords, roles and scoping data, lock after five wrong passwords in a row; every user in
 * exactly one organisation with roles its kind allows, created by the operator's system administrator, and MRs
 * assigned to facilities by their own manufacturer (issue 10).
 */
@DatabaseTest(demo = true)
class UserAccountServiceTest {
    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    private H2Database db;
    private Instant now = T0;

    private final CredentialRevocations revocations = new CredentialRevocations();
    private final java.util.List<String> events = new java.util.ArrayList<>();

    @BeforeEach
    void migrate() {
        Actors.demoUsers(db, T0);
        Actors.actAs(db, "admin1");
        long chugai = organisation(Actors.CHUGAI);
        run(s -> {
            s.create("fadmin", "管理者", "correct-horse-battery", EnumSet.of(Role.FACILITY_ADMIN), null, "1910114451");
            s.create("mr01", "MR", "correct-horse-battery", EnumSet.of(Role.MR), chugai, null);
            s.assign("mr01", "1910112398");
            return null;
        });
        Actors.signOut();
    }

    @AfterEach
    void close() {
        Actors.signOut();
    }

    private long organisation(String nameJa) {
        EntityManager em = db.em();
        try {
            return Actors.company(em, nameJa).getId();
        } finally {
            em.close();
        }
    }

    private long users() {
        EntityManager em = db.em();
        try {
            return em.createQuery("SELECT COUNT(u) FROM UserAccount u", Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    private long assignments() {
        EntityManager em = db.em();
        try {
            return em.createQuery("SELECT COUNT(a) FROM MrAssignment a", Long.class).getSingleResult();
        } finally {
            em.close();
        }
    }

    private void create(String username, Set<Role> roles, Long organisationId, String facilityCode) {
        run(s -> {
            s.create(username, null, "long-enough-password", roles, organisationId, facilityCode);
            return null;
        });
    }

    private <T> T run(Function<UserAccountService, T> work) {
        EntityManager em = db.em();
        try {
            em.getTransaction().begin();
            UserAccountService s = new UserAccountService();
            Inject.field(s, "em", em);
            Inject.field(s, "hash", new Pbkdf2PasswordHashImpl());
            Inject.field(s, "revocations", revocations);
            Inject.field(s, "events", (jp.sitegate.domain.shared.SecurityEvents) (kind, user, org, detail) ->
                    events.add(kind + " " + user + (detail == null ? "" : " " + detail)));
            Inject.field(s, "clock", Clock.fixed(now, ZoneId.of("Asia/Tokyo")));
            Inject.field(s, "authorization", Actors.authorization(em));
            T result = work.apply(s);
            em.getTransaction().commit();
            return result;
        } finally {
            if (em.getTransaction().isActive()) {
                em.getTransaction().rollback();
            }
            em.close();
        }
    }

    @Test
    void passwordsAreStoredOnlyAsSaltedPbkdf2Hashes() {
        EntityManager em = db.em();
        String stored = (String) em.createNativeQuery("SELECT password_hash FROM app_user WHERE username = 'mr01'")
                .getSingleResult();
        em.close();
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA512:210000:"), "issue 15: OWASP's PBKDF2-HMAC-SHA512 " + stored);
        assertFalse(stored.contains("correct-horse-battery"));
    }

    @Test
    void validLoginCarriesRolesAndScope() {
        var a = run(s -> s.authenticate("fadmin", "correct-horse-battery"));
        assertEquals(UserAccountService.Outcome.VALID, a.outcome());
        assertEquals("1910114451", a.user().facilityCode());
        assertTrue(a.user().has(Role.FACILITY_ADMIN));
        assertEquals(OrganisationKind.FACILITY, a.user().organisationKind());
        var mr = run(s -> s.authenticate("mr01", "correct-horse-battery"));
        assertEquals(java.util.Set.of("1910112398"), mr.user().assignedFacilities());
        assertEquals(OrganisationKind.MANUFACTURER, mr.user().organisationKind());
        assertEquals(organisation(Actors.CHUGAI), mr.user().organisationId());
        assertEquals(Actors.CHUGAI, mr.user().organisation());
        assertEquals(UserAccountService.Outcome.INVALID, run(s -> s.authenticate("nobody", "x")).outcome());
    }

    @Test
    void fiveWrongPasswordsInARowLockTheAccountForAWhile() {
        for (int i = 1; i < 5; i++) {
            assertEquals(UserAccountService.Outcome.INVALID, run(s -> s.authenticate("mr01", "wrong")).outcome());
        }
        assertEquals(UserAccountService.Outcome.LOCKED, run(s -> s.authenticate("mr01", "wrong")).outcome());
        assertEquals(UserAccountService.Outcome.LOCKED,
                run(s -> s.authenticate("mr01", "correct-horse-battery")).outcome(), "even the right password");
        now = T0.plus(Duration.ofMinutes(16));
        assertEquals(UserAccountService.Outcome.VALID, run(s -> s.authenticate("mr01", "correct-horse-battery")).outcome());
    }

    /** Issue 15: a hash of the old strength (SHA-256, 2,048 iterations) is replaced at the next successful login. */
    @Test
    void anOldHashIsUpgradedAtTheNextSuccessfulLogin() {
        String old = new Pbkdf2PasswordHashImpl().generate("correct-horse-battery".toCharArray());
        assertTrue(old.startsWith("PBKDF2WithHmacSHA256:2048:"), old);
        assertTrue(UserAccountService.needsUpgrade(old));
        EntityManager em = db.em();
        em.getTransaction().begin();
        em.createNativeQuery("UPDATE app_user SET password_hash = ? WHERE username = 'mr01'").setParameter(1, old)
                .executeUpdate();
        em.getTransaction().commit();
        assertEquals(UserAccountService.Outcome.INVALID, run(s -> s.authenticate("mr01", "wrong")).outcome());
        assertEquals(old, storedHash("mr01"), "a failed login changes nothing");
        assertEquals(UserAccountService.Outcome.VALID, run(s -> s.authenticate("mr01", "correct-horse-battery"))
                .outcome(), "the old hash still verifies");
        String upgraded = storedHash("mr01");
        assertTrue(upgraded.startsWith("PBKDF2WithHmacSHA512:210000:"), upgraded);
        assertFalse(UserAccountService.needsUpgrade(upgraded));
        assertEquals(UserAccountService.Outcome.VALID, run(s -> s.authenticate("mr01", "correct-horse-battery"))
                .outcome());
        em.close();
    }

    private String storedHash(String username) {
        EntityManager em = db.em();
        try {
            return (String) em.createNativeQuery("SELECT password_hash FROM app_user WHERE username = ?")
                    .setParameter(1, username).getSingleResult();
        } finally {
            em.close();
        }
    }

    /** Issue 15: becoming locked ends the user's sessions and remembered credentials; unknown names look alike. */
    @Test
    void lockingRevokesAtOnceAndAnUnknownNameAnswersLikeAWrongPassword() {
        long verified = System.currentTimeMillis();
        for (int i = 0; i < 4; i++) {
            run(s -> s.authenticate("mr01", "wrong"));
        }
        assertFalse(revocations.revokedSince("mr01", verified), "not yet locked");
        run(s -> s.authenticate("mr01", "wrong"));
        assertTrue(revocations.revokedSince("mr01", verified), "locked: revoked");
        run(s -> s.authenticate("mr01", "correct-horse-battery"));
        assertEquals(UserAccountService.Outcome.INVALID, run(s -> s.authenticate("nobody-here", "wrong")).outcome());
        // issue 15: each attempt is an audited security event, unknown names included, never the password
        java.util.List<String> mine = events.stream().filter(e -> e.contains(" mr01") || e.contains("nobody-here"))
                .toList();
        assertEquals(java.util.Collections.nCopies(5, "LOGIN_FAILED mr01 {\"knownUser\":true,\"reason\":\"password\"}"),
                mine.subList(0, 5));
        assertEquals(java.util.List.of("LOCKOUT mr01", "LOGIN_LOCKED mr01",
                "LOGIN_FAILED nobody-here {\"knownUser\":false}"), mine.subList(5, 8));
        assertTrue(events.stream().noneMatch(e -> e.contains("wrong") || e.contains("correct-horse")),
                "no password in any event: " + events);
    }

    /** Issue 15: a common password (nbvcxz's list of 100,000) and one containing the user name are refused. */
    @Test
    void commonPasswordsAndTheUserNameAreRefused() {
        Actors.actAs(db, "admin1");
        long chugai = organisation(Actors.CHUGAI);
        InvalidInputException common = assertThrows(InvalidInputException.class, () -> run(s -> {
            s.create("mr02", null, "Password1234", EnumSet.of(Role.MR), chugai, null);
            return null;
        }));
        assertEquals("password", common.field());
        assertTrue(common.reasonJa().contains("よく使われるパスワード"), common.reasonJa());
        assertEquals("password", assertThrows(InvalidInputException.class, () -> run(s -> {
            s.create("mr02", null, "mr02-is-my-password", EnumSet.of(Role.MR), chugai, null);
            return null;
        })).field(), "containing the user name");
        assertTrue(PasswordPolicy.commonPasswords() > 400, "the list is loaded: " + PasswordPolicy.commonPasswords());
        Actors.actAs(db, "mr01");
        assertEquals("newPassword", assertThrows(InvalidInputException.class, () -> run(s -> {
            s.changeOwnPassword("correct-horse-battery", "qwertyuiop123");
            return null;
        })).field());
    }

    @Test
    void aSuccessfulLoginResetsTheCount() {
        for (int i = 0; i < 4; i++) {
            run(s -> s.authenticate("mr01", "wrong"));
        }
        run(s -> s.authenticate("mr01", "correct-horse-battery"));
        for (int i = 0; i < 4; i++) {
            assertEquals(UserAccountService.Outcome.INVALID, run(s -> s.authenticate("mr01", "wrong")).outcome());
        }
    }

    @Test
    void badUsersAreRefusedWithTheField() {
        Actors.actAs(db, "admin1");
        long chugai = organisation(Actors.CHUGAI);
        long before = users();
        assertEquals("password", assertThrows(InvalidInputException.class, () -> run(s -> {
            s.create("shorty", null, "short", EnumSet.of(Role.MR), chugai, null);
            return null;
        })).field());
        assertEquals("facilityCode", assertThrows(InvalidInputException.class,
                () -> create("fa2", EnumSet.of(Role.FACILITY_ADMIN), null, null)).field(),
                "a facility administrator without a facility (or any organisation)");
        assertEquals("organisationId", assertThrows(InvalidInputException.class,
                () -> create("mr-nowhere", EnumSet.of(Role.MR), null, null)).field(), "an MR of no organisation");
        assertEquals("username", assertThrows(ConflictException.class,
                () -> create("mr01", EnumSet.of(Role.MR), chugai, null)).field());
        assertEquals(before, users(), "nothing stored");
    }

    @Test
    void aRoleOfAnotherOrganisationKindIsRefusedNamingRoles() {
        Actors.actAs(db, "admin1");
        long before = users();
        InvalidInputException distributorAtHospital = assertThrows(InvalidInputException.class,
                () -> create("dist-at-kofu", EnumSet.of(Role.DISTRIBUTOR), null, "1910114451"));
        assertEquals("roles", distributorAtHospital.field());
        assertTrue(distributorAtHospital.getMessage().contains("DISTRIBUTOR"), distributorAtHospital.getMessage());
        assertEquals("roles", assertThrows(InvalidInputException.class,
                () -> create("fadmin-at-chugai", EnumSet.of(Role.FACILITY_ADMIN), organisation(Actors.CHUGAI), null))
                .field());
        assertEquals("roles", assertThrows(InvalidInputException.class,
                () -> create("hospital-and-distributor", EnumSet.of(Role.FACILITY_ADMIN, Role.DISTRIBUTOR), null,
                        "1910114451")).field(), "one account as FACILITY_ADMIN and DISTRIBUTOR at once");
        assertEquals("roles", assertThrows(InvalidInputException.class,
                () -> create("mr-at-wholesale", EnumSet.of(Role.MR), organisation(Actors.DEMO_WHOLESALE), null))
                .field());
        assertEquals(before, users(), "nothing stored");
    }

    @Test
    void anUnknownOrganisationIsRefusedNamingOrganisationId() {
        Actors.actAs(db, "admin1");
        long before = users();
        assertEquals("organisationId", assertThrows(InvalidInputException.class,
                () -> create("nowhere", EnumSet.of(Role.MR), 999_999L, null)).field());
        assertEquals("organisationId", assertThrows(InvalidInputException.class,
                () -> create("mismatch", EnumSet.of(Role.FACILITY_ADMIN), organisation(Actors.CHUGAI), "1910114451"))
                .field(), "an organisation that is not the facility's");
        assertEquals(before, users(), "nothing stored");
    }

    @Test
    void aSystemAdministratorCreatesUsersInTheirOrganisation() {
        Actors.actAs(db, "admin1");
        create("dist-new", EnumSet.of(Role.DISTRIBUTOR), organisation(Actors.SAMPLE_YAKUHIN), null);
        var created = run(s -> s.find("dist-new")).orElseThrow();
        assertEquals(OrganisationKind.DISTRIBUTOR, created.organisationKind());
        assertEquals(Actors.SAMPLE_YAKUHIN, created.organisation());
        assertEquals(Set.of(Role.DISTRIBUTOR), created.roles());
    }

    @Test
    void onlyASystemAdministratorCreatesUsers() {
        long before = users();
        for (String caller : java.util.List.of("safety1", "fadmin1", "dist1", "mr1")) {
            Actors.actAs(db, caller);
            assertThrows(ForbiddenException.class,
                    () -> create("by-" + caller, EnumSet.of(Role.MR), organisation(Actors.CHUGAI), null), caller);
        }
        Actors.signOut();
        assertThrows(ForbiddenException.class,
                () -> create("by-nobody", EnumSet.of(Role.MR), organisation(Actors.CHUGAI), null), "nobody signed in");
        Actors.actAs(db, "safety1");
        assertThrows(ForbiddenException.class, () -> run(s -> {
            s.create("bad-input-too", null, "short", null, null, null);
            return null;
        }), "refused before the input is validated");
        assertEquals(before, users(), "nothing stored");
    }

    @Test
    void anMrIsAssignedByASafetyManagerOfTheirOwnManufacturerOnly() {
        long before = assignments();
        Actors.actAs(db, "safety1"); // Chugai, mr01's manufacturer
        run(s -> {
            s.assign("mr01", "1912110952");
            return null;
        });
        assertEquals(before + 1, assignments());
        assertEquals(Set.of("1910112398", "1912110952"), run(s -> s.find("mr01")).orElseThrow().assignedFacilities());

        Actors.actAs(db, "safety2"); // Bristol-Myers Squibb
        ForbiddenException other = assertThrows(ForbiddenException.class, () -> run(s -> {
            s.assign("mr01", "1910114451");
            return null;
        }));
        assertEquals("username", other.field());
        // an unknown name answers the same as another company's MR: nothing learnt about other accounts
        ForbiddenException unknown = assertThrows(ForbiddenException.class, () -> run(s -> {
            s.assign("no-such-user", "1910114451");
            return null;
        }));
        assertEquals(other.reasonJa(), unknown.reasonJa());
        Actors.actAs(db, "mr1"); // an MR of the same manufacturer does not assign
        assertThrows(ForbiddenException.class, () -> run(s -> {
            s.assign("mr01", "1910114451");
            return null;
        }));
        assertEquals(before + 1, assignments(), "nothing stored after the refusals");
        assertEquals(Set.of("1910112398", "1912110952"), run(s -> s.find("mr01")).orElseThrow().assignedFacilities());
    }

    /** Issue 14: a system administrator edits roles, disables, unlocks and resets; the change counts at once. */
    @Test
    void theAdministratorDisablesUnlocksAndResetsAndEachCountsAtOnce() {
        for (int i = 0; i < 5; i++) {
            run(s -> s.authenticate("mr01", "wrong-password-" + 1));
        }
        assertEquals(UserAccountService.Outcome.LOCKED, run(s -> s.authenticate("mr01", "correct-horse-battery")).outcome());
        Actors.actAs(db, "admin1");
        assertTrue(run(UserAccountService::standings).get("mr01").lockedUntil() != null, "shown as locked");
        run(s -> {
            s.unlock("mr01");
            return null;
        });
        assertEquals(UserAccountService.Outcome.VALID, run(s -> s.authenticate("mr01", "correct-horse-battery")).outcome());

        long verified = System.currentTimeMillis();
        String oneTime = run(s -> s.resetPassword("mr01"));
        assertEquals(16, oneTime.length());
        assertTrue(revocations.revokedSince("mr01", verified), "a remembered credential stops counting");
        assertEquals(UserAccountService.Outcome.INVALID,
                run(s -> s.authenticate("mr01", "correct-horse-battery")).outcome(), "the old password is gone");
        assertTrue((boolean) run(s -> s.mustChangePassword("mr01")), "the login leads to the password page");

        run(s -> {
            s.update("mr01", java.util.List.of("MR"), false);
            return null;
        });
        assertEquals(UserAccountService.Outcome.INVALID, run(s -> s.authenticate("mr01", oneTime)).outcome(),
                "a disabled account cannot log in");
        assertFalse(run(UserAccountService::standings).get("mr01").enabled());
        InvalidInputException roles = assertThrows(InvalidInputException.class, () -> run(s -> {
            s.update("mr01", java.util.List.of("DISTRIBUTOR"), true);
            return null;
        }));
        assertEquals("roles", roles.field(), "a manufacturer's user cannot become a distributor (issue 10)");
        assertEquals("username", assertThrows(InvalidInputException.class, () -> run(s -> {
            s.update("admin1", java.util.List.of("SYSTEM_ADMIN"), false);
            return null;
        })).field(), "an administrator does not lock themselves out");
        Actors.actAs(db, "mr1");
        assertThrows(ForbiddenException.class, () -> run(s -> s.resetPassword("mr01")), "a system administrator only");
    }

    /** Issue 14: every user changes their own password, giving the current one; a one-time password then ends. */
    @Test
    void aUserSetsTheirOwnPasswordAfterAReset() {
        Actors.actAs(db, "admin1");
        String oneTime = run(s -> s.resetPassword("fadmin"));
        Actors.actAs(db, "fadmin");
        assertEquals("current", assertThrows(InvalidInputException.class, () -> run(s -> {
            s.changeOwnPassword("not-it", "a-new-long-password");
            return null;
        })).field());
        assertEquals("newPassword", assertThrows(InvalidInputException.class, () -> run(s -> {
            s.changeOwnPassword(oneTime, "short");
            return null;
        })).field());
        assertEquals("newPassword", assertThrows(InvalidInputException.class, () -> run(s -> {
            s.changeOwnPassword(oneTime, "my-FADMIN-password");
            return null;
        })).field(), "not containing the user name");
        run(s -> {
            s.changeOwnPassword(oneTime, "a-new-long-password");
            return null;
        });
        assertFalse((boolean) run(s -> s.mustChangePassword("fadmin")));
        assertEquals(UserAccountService.Outcome.VALID, run(s -> s.authenticate("fadmin", "a-new-long-password"))
                .outcome());
        assertEquals(UserAccountService.Outcome.INVALID, run(s -> s.authenticate("fadmin", oneTime)).outcome());
    }
}
