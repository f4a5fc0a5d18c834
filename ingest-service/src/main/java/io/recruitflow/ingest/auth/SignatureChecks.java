package io.recruitflow.ingest.auth;

import java.util.Base64;
import java.util.HexFormat;

/**
 * What checking a presented signature takes besides {@code Digests}: strict decoders that answer
 * {@code null} instead of throwing.
 */
final class SignatureChecks {

    private SignatureChecks() {
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
