package jp.sitegate.interfaces.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import jp.sitegate.application.view.AuthenticatedUser;
import jp.sitegate.domain.model.user.Role;
import org.junit.jupiter.api.Test;

/** The Basic credential cache (issue 6): exact credentials only, for 60 s, forgotten on a wrong password. */
class CredentialCacheTest {
    private final AtomicLong now = new AtomicLong(1_000);
    private final CredentialCache cache = new CredentialCache(now::get);
    private final AuthenticatedUser dist = new AuthenticatedUser("dist1", "卸", Set.of(Role.DISTRIBUTOR), null, "デモ卸株式会社",
            Set.of(), 5, jp.sitegate.domain.model.organisation.OrganisationKind.DISTRIBUTOR, "Demo Wholesale");

    @Test
    void onlyTheSameUserAndPasswordMatchAndOnlyWithinTheTtl() {
        cache.put("dist1", "sitegate-demo", dist);
        assertEquals(dist, cache.get("dist1", "sitegate-demo"));
        assertNull(cache.get("dist1", "sitegate-demO"), "another password never matches");
        assertNull(cache.get("dist", "1sitegate-demo"), "user and password are not just concatenated");
        now.addAndGet(59_000L);
        assertEquals(dist, cache.get("dist1", "sitegate-demo"));
        now.addAndGet(2_000L);
        assertNull(cache.get("dist1", "sitegate-demo"), "expired after 60 s");
    }

    @Test
    void aWrongPasswordMakesTheUserVerifiedAgain() {
        cache.put("dist1", "sitegate-demo", dist);
        cache.forget("dist1");
        assertNull(cache.get("dist1", "sitegate-demo"));
    }

    /** Issue 14: a reset, a password change or a disabled account counts at the next request, not after 60 s. */
    @Test
    void aCredentialVerifiedBeforeTheUsersLastChangeIsNotTrusted() {
        cache.put("dist1", "sitegate-demo", dist);
        long verifiedAt = now.get();
        now.addAndGet(1_000L);
        long changedAt = now.get();
        java.util.function.BiPredicate<String, Long> revoked = (u, at) -> u.equals("dist1") && changedAt - at >= 0;
        assertNull(cache.get("dist1", "sitegate-demo", revoked), "changed after it was verified");
        now.addAndGet(1L);
        cache.put("dist1", "sitegate-demo", dist);
        assertEquals(dist, cache.get("dist1", "sitegate-demo", (u, at) -> changedAt - at >= 0),
                "verified again after the change: trusted " + verifiedAt);
    }
}
