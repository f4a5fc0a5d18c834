package io.recruitflow.contracts.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * SHA-256 and HMAC-SHA256, the two primitives the pipeline uses: fingerprints and ids of content,
 * digests of credentials (never kept or compared in clear), and signatures of webhooks. Both are
 * mandatory on every Java platform, so their absence is an {@link IllegalStateException}.
 */
public final class Digests {

    private static final String SHA_256 = "SHA-256";
    private static final String HMAC_SHA_256 = "HmacSHA256";

    private Digests() {
    }

    /** SHA-256 of the parts, one after the other. */
    public static byte[] sha256(byte[]... parts) {
        try {
            MessageDigest digest = MessageDigest.getInstance(SHA_256);
            for (byte[] part : parts) {
                digest.update(part);
            }
            return digest.digest();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("SHA-256 unavailable", e);
        }
    }

    /** SHA-256 of the text's UTF-8 bytes. */
    public static byte[] sha256(String text) {
        return sha256(text.getBytes(StandardCharsets.UTF_8));
    }

    /** SHA-256 in lower-case hex. */
    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }

    /** SHA-256 of the text's UTF-8 bytes, in lower-case hex. */
    public static String sha256Hex(String text) {
        return sha256Hex(text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * HMAC-SHA256 of the parts, one after the other.
     *
     * @throws IllegalStateException if the key is refused (only an empty one is)
     */
    public static byte[] hmacSha256(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(HMAC_SHA_256);
            mac.init(new SecretKeySpec(key, HMAC_SHA_256));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable or key refused", e);
        }
    }

    /**
     * Whether {@code presented} equals any of {@code candidates}, comparing it with every candidate in
     * constant time: no short-circuit, so every configured secret or key costs the same whether or not
     * an earlier one matched.
     */
    public static boolean matchesAny(byte[] presented, List<byte[]> candidates) {
        boolean match = false;
        for (byte[] candidate : candidates) {
            match |= MessageDigest.isEqual(presented, candidate);
        }
        return match;
    }

    /** Whether the two are equal, in time that does not depend on where they differ. */
    public static boolean constantTimeEquals(byte[] a, byte[] b) {
        return MessageDigest.isEqual(a, b);
    }
}
