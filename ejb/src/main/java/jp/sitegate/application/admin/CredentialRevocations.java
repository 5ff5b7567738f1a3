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
     * @param username   a user
     * @param verifiedAt when a credential of theirs was verified (epoch milliseconds)
     * @return true when their credentials changed at or after that moment
     */
    public boolean revokedSince(String username, long verifiedAt) {
        Long at = (DataGrid.clustered() ? DataGrid.<String, Long>map(GRID_MAP) : revokedAt).get(username);
        return at != null && at - verifiedAt >= 0;
    }
}
