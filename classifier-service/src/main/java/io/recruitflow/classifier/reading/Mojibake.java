package io.recruitflow.classifier.reading;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Repairs text that was UTF-8 but was read as Windows-1252 or ISO-8859-1 on its way, so that
 * "â€¢" and "â\u0080¢" are "•" again, "Ã©" is "é" and "Â®" is "®". A run of characters is replaced
 * only if the bytes they stand for in those encodings are one valid UTF-8 character: a lead byte
 * (Â to ô) and the continuation bytes it needs. Text that was never damaged has no such runs,
 * except by a coincidence that real text does not produce (an accented capital followed by the
 * symbols of the upper Latin-1 half), so it is left alone.
 *
 * <p>Two losses that damaged text shows in practice are repaired too: the invisible C1 control of
 * the middle byte dropped ("â¢" for "•", "â€" for "”"), and a non-breaking space turned into a
 * plain one after its "Â". Text damaged twice is repaired twice.
 */
public final class Mojibake {

    /** Windows-1252's characters for the bytes 0x80-0x9F; '\0' where the byte is undefined there. */
    private static final String CP1252_HIGH = "€\0‚ƒ„…†‡ˆ‰Š‹Œ\0Ž\0\0‘’“”•–—˜™š›œ\0žŸ";
    private static final int MAX_PASSES = 3;

    private Mojibake() {
    }

    /** The text with every damaged run repaired; the same instance if there was nothing to repair. */
    public static String repair(String text) {
        String repaired = text;
        for (int pass = 0; pass < MAX_PASSES && mayBeDamaged(repaired); pass++) {
            String next = repairOnce(repaired);
            if (next == repaired) {
                break;
            }
            repaired = next;
        }
        return repaired;
    }

    private static boolean mayBeDamaged(String text) {
        for (int i = 0, n = text.length() - 1; i < n; i++) {
            char c = text.charAt(i);
            char next = text.charAt(i + 1);
            if (c >= 'Â' && c <= 'ô' && (continuation(next) >= 0 || c == 'Â' && next == ' ')) {
                return true;
            }
        }
        return false;
    }

    private static String repairOnce(String text) {
        StringBuilder out = null;
        int n = text.length();
        int copied = 0;
        for (int i = 0; i < n; i++) {
            char lead = text.charAt(i);
            if (lead < 'Â' || lead > 'ô' || i + 1 >= n) {
                continue;
            }
            if (continuation(text.charAt(i + 1)) < 0) {
                if (lead == 'Â' && text.charAt(i + 1) == ' ') { // a non-breaking space that became a plain one
                    out = out == null ? new StringBuilder(n) : out;
                    out.append(text, copied, i);
                    copied = i + 1;
                }
                continue;
            }
            int length = lead < 'à' ? 2 : lead < 'ð' ? 3 : 4;
            byte[] bytes = new byte[length];
            bytes[0] = (byte) lead;
            int have = 1;
            while (have < length && i + have < n && continuation(text.charAt(i + have)) >= 0) {
                bytes[have] = (byte) continuation(text.charAt(i + have));
                have++;
            }
            String decoded = have == length ? decode(bytes) : lostByte(lead, bytes, have);
            if (decoded == null) {
                continue;
            }
            if (out == null) {
                out = new StringBuilder(n);
            }
            out.append(text, copied, i).append(decoded);
            i += have - 1;
            copied = i + 1;
        }
        if (out == null) {
            return text;
        }
        return out.append(text, copied, n).toString();
    }

    /**
     * The punctuation of U+2000-U+203F whose UTF-8 is E2 80 xx, when one of its continuation bytes
     * went missing: the 0x80 of "â\u0080¢" ("â¢"), or the undefined 0x9D of "â€\u009d" ("â€").
     */
    private static String lostByte(char lead, byte[] bytes, int have) {
        if (lead != 'â' || have != 2) {
            return null;
        }
        int second = bytes[1] & 0xFF;
        if (second == 0x80) {
            return "\u201D";
        }
        return decode(new byte[] {(byte) 0xE2, (byte) 0x80, bytes[1]});
    }

    /** Whether {@code next}, after a char from Â to ô, may make it damaged text: what {@link #repair} looks at. */
    static boolean isContinuation(char next, char lead) {
        return continuation(next) >= 0 || lead == 'Â' && next == ' ';
    }

    /** Whether the two chars may be encoding damage that {@link #repair} would change. */
    public static boolean mayBeDamaged(char lead, char next) {
        return lead >= 'Â' && lead <= 'ô' && isContinuation(next, lead);
    }

    /** The byte (0x80-0xBF) this char stands for in Windows-1252 or ISO-8859-1, or -1. */
    private static int continuation(char c) {
        if (c >= 0x80 && c <= 0xBF) {
            return c;
        }
        int index = CP1252_HIGH.indexOf(c);
        return c != '\0' && index >= 0 ? 0x80 + index : -1;
    }

    private static String decode(byte[] bytes) {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
