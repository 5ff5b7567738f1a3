package jp.sitegate.interfaces.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import jp.sitegate.application.view.AuthenticatedUser;

/**
 * Remembers, for {@value #TTL_SECONDS} seconds, that a Basic credential was verified, so a distributor's system
 * calling the API many times a second does not pay a PBKDF2 verification and a database round trip per call
 * (issue 6: p99 under 20 ms). The key is a SHA-256 of user and password — the password itself is never kept —
 * so a wrong password never matches, and it makes the user's entries forgotten ({@link #forget}) so a lock applies
 * at once; a password change or a disabled account takes effect on the API within {@value #TTL_SECONDS} seconds. At most {@value #MAX_ENTRIES} entries; the map is emptied when full.
 */
public final class CredentialCache {
    /** How long a verified credential is trusted without checking again. */
    public static final int TTL_SECONDS = 60;
    /** Largest number of credentials remembered. */
    public static final int MAX_ENTRIES = 10_000;
    private static final long TTL_MILLIS = Duration.ofSeconds(TTL_SECONDS).toMillis();

    private final Map<String, Entry> entries = new ConcurrentHashMap<>();
    private final LongSupplier clock;

    private record Entry(AuthenticatedUser user, long verifiedAt) {
    }

    /**
     * A cache on the wall clock (epoch milliseconds): the moment a credential was verified is compared with the moment
     * the user's credentials were revoked, which in a cluster another instance may have recorded (issue 17).
     */
    public CredentialCache() {
        this(System::currentTimeMillis);
    }

    /** @param clock time source in epoch milliseconds (tests move it) */
    CredentialCache(LongSupplier clock) {
        this.clock = clock;
    }

    /**
     * @param username user name
     * @param password password as sent
     * @return the user verified with exactly these credentials less than {@value #TTL_SECONDS} s ago, or
     *         {@code null}
     */
    public AuthenticatedUser get(String username, String password) {
        return get(username, password, (u, at) -> false);
    }

    /**
     * @param username user name
     * @param password password as sent
     * @param revoked  whether the user's credentials changed at or after a moment (epoch milliseconds) — issue
     *                 14: a reset, a password change, changed roles or a disabled account count at once
     * @return the user verified with exactly these credentials less than {@value #TTL_SECONDS} s ago and since their
     *         last change, or {@code null}
     */
    public AuthenticatedUser get(String username, String password,
            java.util.function.BiPredicate<String, Long> revoked) {
        String key = key(username, password);
        Entry e = entries.get(key);
        if (e == null) {
            return null;
        }
        if (clock.getAsLong() - e.verifiedAt() > TTL_MILLIS || revoked.test(username, e.verifiedAt())) {
            entries.remove(key, e);
            return null;
        }
        return e.user();
    }

    /**
     * @param username user name
     * @param password password as sent (only its hash is kept)
     * @param user     the user these credentials were just verified for
     */
    public void put(String username, String password, AuthenticatedUser user) {
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key(username, password), new Entry(user, clock.getAsLong()));
    }

    /**
     * Forgets every credential remembered for a user: called on a wrong password, so a lock after repeated
     * failures applies at once.
     *
     * @param username user name
     */
    public void forget(String username) {
        entries.values().removeIf(e -> e.user().username().equals(username));
    }

    private static String key(String username, String password) {
        try {
            MessageDigest d = MessageDigest.getInstance("SHA-256");
            d.update(username.getBytes(StandardCharsets.UTF_8));
            d.update((byte) 0);
            return HexFormat.of().formatHex(d.digest(password.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
