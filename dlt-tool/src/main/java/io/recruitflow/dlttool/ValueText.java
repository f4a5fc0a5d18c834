package io.recruitflow.dlttool;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/**
 * A record value made readable: UTF-8 text when it is printable text, hex otherwise (an Avro
 * single-object-encoded value starts {@code c301} and its schema fingerprint), cut to a preview
 * unless the whole value is asked for.
 */
record ValueText(String encoding, String text, int bytes, boolean truncated) {

    static final int PREVIEW_CHARS = 200;
    static final int PREVIEW_BYTES = 64;

    static ValueText of(byte[] value, boolean full) {
        if (value == null) {
            return new ValueText("null", null, 0, false);
        }
        String text = printableText(value);
        if (text != null) {
            boolean cut = !full && text.length() > PREVIEW_CHARS;
            return new ValueText("utf-8", cut ? text.substring(0, PREVIEW_CHARS) : text, value.length, cut);
        }
        boolean cut = !full && value.length > PREVIEW_BYTES;
        return new ValueText("hex", HexFormat.of().formatHex(value, 0, cut ? PREVIEW_BYTES : value.length), value.length, cut);
    }

    private static String printableText(byte[] value) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(value)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
        boolean printable = text.codePoints().allMatch(c -> c == '\n' || c == '\r' || c == '\t' || !Character.isISOControl(c));
        return printable ? text : null;
    }

    /** One line for the table: {@code utf-8, 120 bytes: {...}}, line breaks escaped. */
    String line() {
        if (text == null) {
            return "null (tombstone)";
        }
        String shown = text.replace("\r", "\\r").replace("\n", "\\n").replace("\t", "\\t");
        return encoding + ", " + bytes + " bytes" + (truncated ? ", preview (--full-values shows all)" : "") + ": " + shown;
    }
}
