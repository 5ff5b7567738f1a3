package jp.sitegate.infrastructure.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The hash chaining the audit trail: SHA-256 (hex) over the previous hash and every field of the event. */
public final class AuditHash {
    /** The previous hash of the first event. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHash() {
    }

    /**
     * @param t a moment
     * @return microseconds since the epoch, as the trail stores time
     */
    public static long micros(java.time.Instant t) {
        return t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    }

    /**
     * @param micros microseconds since the epoch
     * @return the moment
     */
    public static java.time.Instant instant(long micros) {
        return java.time.Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1_000L);
    }

    /**
     * @param prevHash   hash of the previous event
     * @param occurredAt when, as stored (ISO-8601, microseconds)
     * @param username   who
     * @param action     CREATE, UPDATE, DELETE
     * @param entity     entity name
     * @param entityId   entity id
     * @param facility   facility code or {@code null}
     * @param before     JSON before or {@code null}
     * @param after      JSON after or {@code null}
     * @return 64 hex characters
     */
    public static String of(String prevHash, String occurredAt, String username, String action, String entity,
            String entityId, String facility, String before, String after) {
        return of(prevHash, occurredAt, username, action, entity, entityId, facility, before, after, null);
    }

    /**
     * As above, with the actor's organisation (issue 10). Events without one (before V8, or the system's) hash
     * exactly as before, so the existing chain stays valid.
     *
     * @param prevHash     hash of the previous event
     * @param occurredAt   when, as stored
     * @param username     who
     * @param action       CREATE, UPDATE, DELETE
     * @param entity       entity name
     * @param entityId     entity id
     * @param facility     facility code or {@code null}
     * @param before       JSON before or {@code null}
     * @param after        JSON after or {@code null}
     * @param organisation the actor's organisation id, or {@code null}
     * @return 64 hex characters
     */
    public static String of(String prevHash, String occurredAt, String username, String action, String entity,
            String entityId, String facility, String before, String after, Long organisation) {
        String fields = String.join("\u001f", prevHash, occurredAt, username, action, entity, entityId,
                String.valueOf(facility), String.valueOf(before), String.valueOf(after));
        return sha256(organisation == null ? fields : fields + "\u001f" + organisation);
    }

    /**
     * @param text any text
     * @return the SHA-256 of its UTF-8 bytes, 64 lower-case hex characters
     */
    public static String sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * @param bytes any bytes (an uploaded evidence document, issue 11)
     * @return lower-case hex SHA-256 of them
     */
    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * A checkpoint's signature (issue 15): HMAC-SHA256 under the audit key (held outside the database) of
     * {@code "sitegate-audit-checkpoint|" + eventId + "|" + hash}.
     *
     * @param key     the audit key (its UTF-8 bytes)
     * @param eventId the event signed
     * @param hash    its hash
     * @return the signature, lower-case hex (64 characters)
     */
    public static String checkpointSignature(String key, long eventId, String hash) {
        try {
            javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
            mac.init(new javax.crypto.spec.SecretKeySpec(key.getBytes(java.nio.charset.StandardCharsets.UTF_8),
                    "HmacSHA256"));
            return java.util.HexFormat.of().formatHex(mac.doFinal(("sitegate-audit-checkpoint|" + eventId + "|" + hash)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
