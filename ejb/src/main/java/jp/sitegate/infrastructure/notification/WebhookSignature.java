package jp.sitegate.infrastructure.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The webhook signature (issue 5): header {@value #HEADER} = {@code sha256=} + lower-case hex of
 * HMAC-SHA256(secret, the exact body bytes in UTF-8). Receivers recompute it and compare in constant time.
 */
public final class WebhookSignature {
    /** Header carrying the signature. */
    public static final String HEADER = "X-SiteGate-Signature";
    private static final String PREFIX = "sha256=";

    private WebhookSignature() {
    }

    /**
     * @param secret the subscription's secret
     * @param body   the body exactly as sent
     * @return {@code sha256=<64 hex digits>}
     */
    public static String sign(String secret, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return PREFIX + HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 unavailable", e);
        }
    }

    /**
     * @param secret    the secret
     * @param body      the body received
     * @param signature the header received
     * @return true when the signature is valid (constant-time comparison)
     */
    public static boolean verify(String secret, String body, String signature) {
        return signature != null && MessageDigest.isEqual(sign(secret, body).getBytes(StandardCharsets.US_ASCII),
                signature.getBytes(StandardCharsets.US_ASCII));
    }
}
