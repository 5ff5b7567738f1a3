package jp.sitegate.application.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * When each user's credentials last changed in this server (issue 14): a password change or reset, changed roles, a
 * disabled account. A cache of verified credentials (the web tier's {@code CredentialCache}) trusts an entry only if
 * it was verified after that moment, so the change takes effect at the next request instead of after the cache's
 * time to live. Per server: issue 17 shares it across a cluster.
 */
@ApplicationScoped
public class CredentialRevocations {
    private final Map<String, Long> revokedAt = new ConcurrentHashMap<>();

    /** @param username whose remembered credentials stop counting now */
    public void revoke(String username) {
        revokedAt.put(username, System.nanoTime());
    }

    /**
     * @param username   a user
     * @param verifiedAt when a credential of theirs was verified ({@link System#nanoTime()})
     * @return true when their credentials changed at or after that moment
     */
    public boolean revokedSince(String username, long verifiedAt) {
        Long at = revokedAt.get(username);
        return at != null && at - verifiedAt >= 0;
    }
}
