package io.recruitflow.contracts.webhooks;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

import io.recruitflow.contracts.crypto.Digests;

/**
 * The Standard Webhooks signature algorithm (standard-webhooks/standard-webhooks,
 * {@code spec/standard-webhooks.md}, version 1.0.0), the one implementation of it in the pipeline:
 * ingest verifies what ATS systems sign with it, the notifier signs what it sends recruiters, and a
 * recruiter's receiver can verify it with this class alone.
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
    private static final Pattern UNIX_SECONDS = Pattern.compile("\\d{1,12}");

    private StandardWebhooks() {
    }

    /**
     * The {@code webhook-signature} entry for one message: {@code v1,<base64 HMAC-SHA256>}.
     *
     * @param secret a {@code whsec_<base64>} secret (the prefix is optional, as in the reference libraries)
     */
    public static String sign(String secret, String id, long timestamp, byte[] body) {
        return signature(mac(key(secret), id, Long.toString(timestamp), body));
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
        return Digests.hmacSha256(key, (id + "." + timestamp + ".").getBytes(StandardCharsets.UTF_8), body);
    }

    /**
     * Whether any {@code v1} entry of a {@code webhook-signature} header is one of the expected MACs
     * ({@link #mac}, one per secret during a rotation). Every entry is compared with every MAC in
     * constant time; entries of other versions and entries that are not base64 are ignored.
     */
    public static boolean anySignatureMatches(String signatures, List<byte[]> expected) {
        if (signatures == null) {
            return false;
        }
        boolean match = false;
        for (String entry : signatures.strip().split(" +")) {
            if (!entry.startsWith(VERSION_PREFIX)) {
                continue;
            }
            byte[] presented;
            try {
                presented = Base64.getDecoder().decode(entry.substring(VERSION_PREFIX.length()));
            } catch (IllegalArgumentException notBase64) {
                continue;
            }
            match |= Digests.matchesAny(presented, expected);
        }
        return match;
    }

    /**
     * Why a delivery is not signed under any of {@code keys} ({@link #key}, several while a secret is
     * rotated), or null if it is: the three headers must be present, {@code webhook-timestamp} within
     * {@code tolerance} of now either way, and a {@code v1} entry of {@code webhook-signature} the MAC of
     * the raw body. The reason is short and safe to return to the caller: it never holds a secret, a
     * signature or any of the body. A replayed {@code webhook-id} inside the window passes: dropping
     * re-deliveries is the receiver's idempotency, keyed by that id.
     *
     * @param id         the {@code webhook-id} header, or null
     * @param timestamp  the {@code webhook-timestamp} header, or null
     * @param signatures the {@code webhook-signature} header, or null
     */
    public static String rejection(List<byte[]> keys, String id, String timestamp, String signatures, byte[] body,
                                   Instant now, Duration tolerance) {
        if (isBlank(id)) {
            return "missing " + ID_HEADER + " header";
        }
        if (isBlank(timestamp)) {
            return "missing " + TIMESTAMP_HEADER + " header";
        }
        if (isBlank(signatures)) {
            return "missing " + SIGNATURE_HEADER + " header";
        }
        String seconds = timestamp.strip();
        if (!UNIX_SECONDS.matcher(seconds).matches()) {
            return TIMESTAMP_HEADER + " is not unix seconds";
        }
        if (!ReplayWindow.within(Instant.ofEpochSecond(Long.parseLong(seconds)), now, tolerance)) {
            return ReplayWindow.outside(TIMESTAMP_HEADER, tolerance);
        }
        List<byte[]> expected = keys.stream().map(key -> mac(key, id, seconds, body)).toList();
        return anySignatureMatches(signatures, expected) ? null : "signature does not match";
    }

    private static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }

    /** The {@code webhook-signature} entry of a raw MAC: {@code v1,<base64>}. */
    public static String signature(byte[] mac) {
        return VERSION_PREFIX + Base64.getEncoder().encodeToString(mac);
    }
}
