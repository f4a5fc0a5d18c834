package io.recruitflow.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks signature algorithm (standard-webhooks/standard-webhooks,
 * {@code spec/standard-webhooks.md}, version 1.0.0), shared by our inbound verifier and, later, the
 * notifier's outbound signer. Deliberately free of ingest types so it can move to a shared module.
 * <ul>
 *   <li>Headers: {@code webhook-id}, {@code webhook-timestamp} (integer unix seconds),
 *       {@code webhook-signature} (space-separated {@code v1,<base64>} entries).</li>
 *   <li>Signed content: {@code <webhook-id>.<webhook-timestamp>.<raw body>}.</li>
 *   <li>Key: the secret without its {@code whsec_} prefix, base64-decoded.</li>
 *   <li>Signature: {@code v1,} + standard base64 of HMAC-SHA256(key, signed content).</li>
 * </ul>
 */
public final class StandardWebhooks {

    public static final String ID_HEADER = "webhook-id";
    public static final String TIMESTAMP_HEADER = "webhook-timestamp";
    public static final String SIGNATURE_HEADER = "webhook-signature";
    public static final String SECRET_PREFIX = "whsec_";
    public static final String VERSION_PREFIX = "v1,";
    /** The spec's recommended replay window, either side of now. */
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);

    private StandardWebhooks() {
    }

    /**
     * The {@code webhook-signature} entry for one message: {@code v1,<base64 HMAC-SHA256>}.
     *
     * @param secret a {@code whsec_<base64>} secret (the prefix is optional, as in the reference libraries)
     */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        byte[] mac = mac(key(secret), id, Long.toString(timestamp), body);
        return VERSION_PREFIX + Base64.getEncoder().encodeToString(mac);
    }

    /**
     * The HMAC key of a secret: the part after {@code whsec_}, base64-decoded.
     *
     * @throws IllegalArgumentException when the secret is blank or not base64 (the message never
     *                                  contains the secret)
     */
    public static byte[] key(String secret) {
        if (secret == null || secret.isBlank()) {
            throw new IllegalArgumentException("Standard Webhooks secret is blank");
        }
        String encoded = secret.startsWith(SECRET_PREFIX) ? secret.substring(SECRET_PREFIX.length()) : secret;
        byte[] key;
        try {
            key = Base64.getDecoder().decode(encoded);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Standard Webhooks secret is not whsec_ followed by base64");
        }
        if (key.length == 0) {
            throw new IllegalArgumentException("Standard Webhooks secret decodes to an empty key");
        }
        return key;
    }

    /** Raw HMAC-SHA256 of {@code id.timestamp.body}; {@code timestamp} as it appears in the header. */
    public static byte[] mac(byte[] key, String id, String timestamp, byte[] body) {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(timestamp, "timestamp");
        Objects.requireNonNull(body, "body");
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            mac.update((id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return mac.doFinal(body);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable or key refused", e);
        }
    }
}
