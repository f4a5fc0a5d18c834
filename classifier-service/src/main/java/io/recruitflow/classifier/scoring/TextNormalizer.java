package io.recruitflow.classifier.scoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns messy resume text into one comparable form: common UTF-8-read-as-Windows-1252 sequences
 * repaired, NFKC (full-width letters, ligatures, non-breaking spaces), lower case, bullets and
 * dashes as spaces, curly quotes as straight ones, single spaces. Role-model phrases and skill
 * aliases go through the same function, so both sides of a match agree.
 *
 * <p>It runs for every field of every profile, so the common case is one pass over the characters:
 * the mojibake repair and NFKC only run when the text has a character they could change.
 * "Word characters" are those of the regex class {@code [\p{L}\p{N}]} (Unicode letters and numbers).
 */
final class TextNormalizer {

    // Mojibake of the punctuation resumes use most; repaired before NFKC because it is case-sensitive.
    private static final Map<String, String> MOJIBAKE = Map.ofEntries(
            Map.entry("â€¢", "•"), Map.entry("â€“", "–"), Map.entry("â€”", "—"),
            Map.entry("â€™", "'"), Map.entry("â€˜", "'"), Map.entry("â€œ", "\""),
            Map.entry("â€\u009d", "\""), Map.entry("â€¦", "..."), Map.entry("â–ª", "▪"),
            Map.entry("Â\u00a0", " "), Map.entry("Â ", " "));
    private static final Pattern MOJIBAKE_PATTERN = Pattern.compile(
            String.join("|", MOJIBAKE.keySet().stream().sorted().map(Pattern::quote).toList()));
    /** Every mojibake sequence starts with one of these; text without them needs no repair. */
    private static final char MOJIBAKE_LEAD_1 = 'â';
    private static final char MOJIBAKE_LEAD_2 = 'Â';

    private static final String BULLETS_AND_DASHES = "•▪▫●◦‣∙·■□►▶▸➢➤✓✔✗★☆*-‐‑‒–—―−_|";
    private static final String QUOTES = "‘’‚‛′`´";

    private static final int WORD_TYPES = (1 << Character.UPPERCASE_LETTER) | (1 << Character.LOWERCASE_LETTER)
            | (1 << Character.TITLECASE_LETTER) | (1 << Character.MODIFIER_LETTER) | (1 << Character.OTHER_LETTER)
            | (1 << Character.DECIMAL_DIGIT_NUMBER) | (1 << Character.LETTER_NUMBER) | (1 << Character.OTHER_NUMBER);
    // \p{Z}, \p{Cc} and \p{Cf}; \s adds only ASCII characters, all of which are controls or the space
    private static final int SPACE_TYPES = (1 << Character.SPACE_SEPARATOR) | (1 << Character.LINE_SEPARATOR)
            | (1 << Character.PARAGRAPH_SEPARATOR) | (1 << Character.CONTROL) | (1 << Character.FORMAT);

    private static final byte OTHER = 0;
    private static final byte WORD = 1;
    private static final byte SPACE = 2;
    private static final byte QUOTE = 3;
    /** Class of each BMP character: word, space (incl. bullets and dashes), quote or other. */
    private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            int type = Character.getType(c);
            CLASS[c] = (WORD_TYPES & (1 << type)) != 0 ? WORD : (SPACE_TYPES & (1 << type)) != 0 ? SPACE : OTHER;
        }
        for (char c : BULLETS_AND_DASHES.toCharArray()) {
            CLASS[c] = SPACE;
        }
        for (char c : QUOTES.toCharArray()) {
            CLASS[c] = QUOTE;
        }
    }

    private TextNormalizer() {
    }

    static String normalize(String raw) {
        return normalized(raw).text();
    }

    /** Normalised text, its chars (at least {@code text.length()} of them) and its word count. */
    record Normalized(String text, char[] chars, int words) {
    }

    private static final Normalized EMPTY = new Normalized("", new char[0], 0);

    /** {@link #normalize} with the chars and the {@link #wordCount} of the result, for the classifier. */
    static Normalized normalized(String raw) {
        if (raw == null || raw.isEmpty()) {
            return EMPTY;
        }
        Normalized ascii = normalizedIfAscii(raw);
        if (ascii != null) { // no mojibake, and ASCII is invariant under NFKC
            return ascii;
        }
        String text = raw;
        if (text.indexOf(MOJIBAKE_LEAD_1) >= 0 || text.indexOf(MOJIBAKE_LEAD_2) >= 0) {
            Matcher mojibake = MOJIBAKE_PATTERN.matcher(text);
            text = mojibake.replaceAll(m -> Matcher.quoteReplacement(MOJIBAKE.get(m.group())));
        }
        if (!isAscii(text)) { // ASCII is invariant under NFKC
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        text = lowerSpacesAndQuotes(text);
        char[] chars = text.toCharArray();
        return new Normalized(text, chars, wordCount(chars));
    }

    /**
     * {@link #lowerSpacesAndQuotes} of ASCII text, counting words on the way (ASCII letters and
     * digits); null as soon as a char is not ASCII.
     */
    private static Normalized normalizedIfAscii(String raw) {
        char[] out = raw.toCharArray();
        int n = out.length;
        int length = 0;
        int words = 0;
        boolean pendingSpace = false;
        boolean inWord = false;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            if (c >= 0x80) {
                return null;
            }
            byte type = CLASS[c];
            if (type == SPACE) {
                pendingSpace = true;
                inWord = false;
                continue;
            }
            if (pendingSpace && length > 0) {
                out[length++] = ' ';
            }
            pendingSpace = false;
            if (type == WORD) {
                if (!inWord) {
                    words++;
                }
                inWord = true;
                out[length++] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            } else {
                inWord = false;
                out[length++] = type == QUOTE ? '\'' : c;
            }
        }
        return new Normalized(new String(out, 0, length), out, words);
    }

    /**
     * {@code spacesAndQuotes(text.toLowerCase(Locale.ROOT))} in one pass over the chars. Lower case
     * is per char as {@link String#toLowerCase} does it, except for its special cases (final sigma,
     * capital I with dot, surrogates, a lower case outside the BMP), which take the two-step way.
     */
    private static String lowerSpacesAndQuotes(String text) {
        char[] out = text.toCharArray();
        int n = out.length;
        int length = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            char c = out[i];
            int lower;
            if (c < 0x80) {
                lower = c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
            } else {
                if (c == '\u03A3' || c == '\u0130' || Character.isSurrogate(c)) {
                    return spacesAndQuotes(text.toLowerCase(Locale.ROOT));
                }
                lower = Character.toLowerCase((int) c);
                if (lower > Character.MAX_VALUE) {
                    return spacesAndQuotes(text.toLowerCase(Locale.ROOT));
                }
            }
            byte type = CLASS[lower];
            if (type == SPACE) {
                pendingSpace = true;
                continue;
            }
            if (pendingSpace && length > 0) {
                out[length++] = ' ';
            }
            pendingSpace = false;
            out[length++] = type == QUOTE ? '\'' : (char) lower;
        }
        return new String(out, 0, length);
    }

    /** Bullets, dashes and runs of white space, control and format characters to one space; quotes to '. */
    private static String spacesAndQuotes(String text) {
        int n = text.length();
        StringBuilder out = null;
        boolean pendingSpace = false;
        for (int i = 0; i < n; ) {
            int cp = text.codePointAt(i);
            int width = Character.charCount(cp);
            byte type = classOf(cp);
            if (type == SPACE) {
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, i);
                }
                pendingSpace = true;
            } else {
                if (out == null && type != QUOTE) {
                    i += width;
                    continue;
                }
                if (out == null) {
                    out = new StringBuilder(n).append(text, 0, i);
                }
                if (pendingSpace && out.length() > 0) {
                    out.append(' ');
                }
                pendingSpace = false;
                if (type == QUOTE) {
                    out.append('\'');
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i += width;
        }
        return out == null ? text : out.toString();
    }

    /** Maximal runs of letters and numbers (code points), as {@code [\p{L}\p{N}]+} finds them. */
    static int wordCount(String normalized) {
        return wordCount(normalized.toCharArray());
    }

    /** {@link #wordCount(String)} of the chars of a string. */
    static int wordCount(char[] chars) {
        int count = 0;
        boolean inWord = false;
        int n = chars.length;
        for (int i = 0; i < n; i++) {
            char c = chars[i];
            boolean word;
            if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(chars[i + 1])) {
                word = isWord(Character.toCodePoint(c, chars[++i]));
            } else {
                word = CLASS[c] == WORD;
            }
            if (word && !inWord) {
                count++;
            }
            inWord = word;
        }
        return count;
    }

    /** A letter or number, as {@code [\p{L}\p{N}]} sees a code point. */
    static boolean isWord(int codePoint) {
        return codePoint <= Character.MAX_VALUE
                ? CLASS[codePoint] == WORD
                : (WORD_TYPES & (1 << Character.getType(codePoint))) != 0;
    }

    /** A letter or number as a single char; a surrogate is neither, as for regex look-behind. */
    static boolean isWord(char c) {
        return CLASS[c] == WORD;
    }

    private static byte classOf(int codePoint) {
        if (codePoint <= Character.MAX_VALUE) {
            return CLASS[codePoint];
        }
        int type = Character.getType(codePoint);
        return (WORD_TYPES & (1 << type)) != 0 ? WORD : (SPACE_TYPES & (1 << type)) != 0 ? SPACE : OTHER;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
