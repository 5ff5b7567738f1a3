package jp.sitegate.application;

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
import java.util.function.Function;
import jp.sitegate.domain.model.user.Role;
import jp.sitegate.domain.shared.ConflictException;
import jp.sitegate.domain.shared.InvalidInputException;
import jp.sitegate.testsupport.H2Database;
import jp.sitegate.testsupport.Inject;
import org.glassfish.soteria.identitystores.hash.Pbkdf2PasswordHashImpl;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Users: PBKDF2-hashed passwords, roles and scoping data, lock after five wrong passwords in a row. */
class UserAccountServiceTest {
    private static final Instant T0 = Instant.parse("2026-01-05T00:00:00Z");
    private H2Database db;
    private Instant now = T0;

    @BeforeEach
    void migrate() {
        db = new H2Database(true);
        run(s -> {
            s.create("fadmin", "管理者", "correct-horse-battery", EnumSet.of(Role.FACILITY_ADMIN), "1910114451", "市立甲府病院");
            s.create("mr01", "MR", "correct-horse-battery", EnumSet.of(Role.MR), null, null);
            s.assign("mr01", "1910112398");
            return null;
        });
    }

    @AfterEach
    void close() {
        db.close();
    }

    private <T> T run(Function<UserAccountService, T> work) {
        EntityManager em = db.em();
        try {
            em.getTransaction().begin();
            UserAccountService s = new UserAccountService();
            Inject.field(s, "em", em);
            Inject.field(s, "hash", new Pbkdf2PasswordHashImpl());
            Inject.field(s, "clock", Clock.fixed(now, ZoneId.of("Asia/Tokyo")));
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
        assertTrue(stored.startsWith("PBKDF2WithHmacSHA256:"), stored);
        assertFalse(stored.contains("correct-horse-battery"));
    }

    @Test
    void validLoginCarriesRolesAndScope() {
        var a = run(s -> s.authenticate("fadmin", "correct-horse-battery"));
        assertEquals(UserAccountService.Outcome.VALID, a.outcome());
        assertEquals("1910114451", a.user().facilityCode());
        assertTrue(a.user().has(Role.FACILITY_ADMIN));
        var mr = run(s -> s.authenticate("mr01", "correct-horse-battery"));
        assertEquals(java.util.Set.of("1910112398"), mr.user().assignedFacilities());
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
        assertEquals("password", assertThrows(InvalidInputException.class, () -> run(s -> {
            s.create("shorty", null, "short", EnumSet.of(Role.MR), null, null);
            return null;
        })).field());
        assertEquals("facilityCode", assertThrows(InvalidInputException.class, () -> run(s -> {
            s.create("fa2", null, "long-enough-password", EnumSet.of(Role.FACILITY_ADMIN), null, null);
            return null;
        })).field());
        assertEquals("username", assertThrows(ConflictException.class, () -> run(s -> {
            s.create("mr01", null, "long-enough-password", EnumSet.of(Role.MR), null, null);
            return null;
        })).field());
    }
}
