package io.recruitflow.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/** Expected signatures computed with javax.crypto directly, independently of the production helpers. */
final class TestMacs {

    private TestMacs() {
    }

    static byte[] hmacSha256(byte[] key, byte[] data) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal(data);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    static String hexHmac(String key, byte[] data) {
        return HexFormat.of().formatHex(hmacSha256(key.getBytes(StandardCharsets.UTF_8), data));
    }

    static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** Flips the lowest bit of the character at {@code index} of a hex string, keeping it hex. */
    static String flipHexDigit(String hex, int index) {
        int digit = Character.digit(hex.charAt(index), 16) ^ 1;
        return hex.substring(0, index) + Character.forDigit(digit, 16) + hex.substring(index + 1);
    }

    static byte[] withByteChanged(byte[] body, int index) {
        byte[] copy = body.clone();
        copy[index] ^= 0x01;
        return copy;
    }
}
