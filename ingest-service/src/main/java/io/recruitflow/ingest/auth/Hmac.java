package io.recruitflow.ingest.auth;

import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** HMAC-SHA256, strict decoders that answer {@code null} instead of throwing, and constant-time matching. */
final class Hmac {

    static final String ALGORITHM = "HmacSHA256";

    private Hmac() {
    }

    static byte[] sha256(byte[] key, byte[]... parts) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(new SecretKeySpec(key, ALGORITHM));
            for (byte[] part : parts) {
                mac.update(part);
            }
            return mac.doFinal();
        } catch (GeneralSecurityException e) {
            // HmacSHA256 is mandatory on every Java platform; a key is only refused when empty.
            throw new IllegalStateException("HMAC-SHA256 unavailable or key refused", e);
        }
    }

    /** True when {@code presented} equals any of {@code expected}, comparing every candidate in constant time. */
    static boolean matchesAny(byte[] presented, List<byte[]> expected) {
        boolean match = false;
        for (byte[] candidate : expected) {
            // no short-circuit: every configured secret costs the same whether or not an earlier one matched
            match |= MessageDigest.isEqual(presented, candidate);
        }
        return match;
    }

    /** Hex (either case) to bytes, or {@code null} when not well-formed hex. */
    static byte[] decodeHex(String hex) {
        if (hex == null || hex.isEmpty() || hex.length() % 2 != 0) {
            return null;
        }
        try {
            return HexFormat.of().parseHex(hex);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Standard (RFC 4648 section 4) base64 to bytes, or {@code null} when not well-formed. */
    static byte[] decodeBase64(String base64) {
        if (base64 == null || base64.isEmpty()) {
            return null;
        }
        try {
            return Base64.getDecoder().decode(base64);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
