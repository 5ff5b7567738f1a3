package jp.sitegate.application.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import jp.sitegate.infrastructure.cluster.DataGrid;

/**
 * When each user's credentials last changed (issue 14): a password change or reset, changed roles, a disabled or
 * locked account. A cache of verified credentials (the web tier's {@code CredentialCache}) and a page session trust
 * a credential only if it was verified after that moment, so the change takes effect at the next request instead of
 * after the cache's time to live. Moments are epoch milliseconds; in a cluster (issue 17) they are kept in Payara's
 * Data Grid, so a change on one instance ends the user's remembered credentials and page sessions on every instance
 * at their next request.
 */
@ApplicationScoped
public class CredentialRevocations {
    private static final String GRID_MAP = "sitegate-credential-revocations";
    private final Map<String, Long> revokedAt = new ConcurrentHashMap<>();

    /** @param username whose remembered credentials stop counting now */
    public void revoke(String username) {
        long now = System.currentTimeMillis();
        if (DataGrid.clustered()) {
            DataGrid.atLeast(DataGrid.<String, Long>map(GRID_MAP), username, now);
        } else {
            revokedAt.merge(username, now, Math::max);
        }
    }

    /**
     * The moment to stamp on a verification made now: the wall clock, but later than any revocation already recorded
     * for the user, so a login or a renewed session that read the changed account in the same millisecond as its
     * change is not ended by that change.
     *
     * @param username a user whose credentials were just verified against the stored account
     * @return epoch milliseconds, greater than the user's last recorded revocation
     */
    public long verifiedNow(String username) {
        Long at = recorded(username);
        long now = System.currentTimeMillis();
        return at == null || now - at > 0 ? now : at + 1;
    }

    /**
     * @param username   a user
     * @param verifiedAt when a credential of theirs was verified (epoch milliseconds)
     * @return true when their credentials changed at or after that moment
     */
    public boolean revokedSince(String username, long verifiedAt) {
        Long at = recorded(username);
        return at != null && at - verifiedAt >= 0;
    }

    private Long recorded(String username) {
        return (DataGrid.clustered() ? DataGrid.<String, Long>map(GRID_MAP) : revokedAt).get(username);
    }
}
