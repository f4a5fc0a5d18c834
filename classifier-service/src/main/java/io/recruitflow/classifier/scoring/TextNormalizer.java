package io.recruitflow.classifier.scoring;

import io.recruitflow.classifier.reading.Mojibake;
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
 * <p>It runs for every field of every profile, so the common case is one pass over the characters
 * into a reused buffer ({@link NormalizedText}), a table giving each char's normalised form: the
 * mojibake repair and NFKC only run when the text has a character they could change.
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

    /**
     * What a char normalises to wherever it stands, for the chars where that holds: its lower case,
     * then ' ' for a space (including bullets and dashes) and ' for a quote; with {@link #FOLDS_TO_WORD}
     * if that is a letter or number. {@link #NO_FOLD} for the chars that need the general way: mojibake
     * leads, chars NFKC changes or may compose with the char before, surrogates, and those whose lower
     * case depends on the context or is longer.
     */
    private static final int[] FOLD = new int[Character.MAX_VALUE + 1];
    private static final int FOLDS_TO_WORD = 1 << 16;
    /*
     * What a resume's reading needs to know of a raw char that folds to a letter or number, kept in the
     * FOLD of such chars only (the FOLD of any other char is compared whole): its case as ResumeReader
     * tells glued words apart by (CAPITAL if folding changes it, DIGIT if an ASCII digit, else small),
     * whether it is a small letter, an x, or a char that may lead encoding damage.
     */
    private static final int CAPITAL = 1 << 17;
    private static final int DIGIT = 1 << 18;
    private static final int LOWER = 1 << 19;
    private static final int X = 1 << 20;
    private static final int DAMAGE_LEAD = 1 << 21;
    /** '\0' itself is a control char, which folds to ' '. */
    private static final int NO_FOLD = 0;

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char folded = foldOf((char) c);
            FOLD[c] = folded | (CLASS[folded] == WORD ? FOLDS_TO_WORD | resumeBits((char) c, folded) : 0);
        }
    }

    private static int resumeBits(char c, char folded) {
        boolean digit = c >= '0' && c <= '9';
        boolean capital = !digit && folded != c;
        boolean lower = !digit && !capital && Character.isLowerCase(c);
        return (digit ? DIGIT : 0) | (capital ? CAPITAL : 0) | (lower ? LOWER : 0) | (folded == 'x' ? X : 0)
                | (c >= 'Â' && c <= 'ô' ? DAMAGE_LEAD : 0);
    }

    private static char foldOf(char c) {
        // capital sigma lowers by context (final or not), capital I with dot to two chars
        if (c == MOJIBAKE_LEAD_1 || c == MOJIBAKE_LEAD_2 || c == '\u03A3' || Character.isSurrogate(c)
                || mayComposeWithCharBefore(c)) {
            return (char) NO_FOLD;
        }
        String alone = String.valueOf(c);
        if (c >= 0x80 && !Normalizer.isNormalized(alone, Normalizer.Form.NFKC)) {
            return (char) NO_FOLD;
        }
        String lower = alone.toLowerCase(Locale.ROOT);
        if (lower.length() != 1) {
            return (char) NO_FOLD;
        }
        char folded = lower.charAt(0);
        return CLASS[folded] == SPACE ? ' ' : CLASS[folded] == QUOTE ? '\'' : folded;
    }

    /**
     * Combining marks and Hangul conjoining jamo: the only chars that NFKC leaves alone on their own
     * but may compose with, or reorder around, the char before them (Unicode's NFC_QC=Maybe chars and
     * those of a non-zero combining class are all such).
     */
    private static boolean mayComposeWithCharBefore(char c) {
        int type = Character.getType(c);
        Character.UnicodeBlock block = Character.UnicodeBlock.of(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
                || type == Character.ENCLOSING_MARK || block == Character.UnicodeBlock.HANGUL_JAMO
                || block == Character.UnicodeBlock.HANGUL_JAMO_EXTENDED_A
                || block == Character.UnicodeBlock.HANGUL_JAMO_EXTENDED_B;
    }

    private TextNormalizer() {
    }

    static String normalize(String raw) {
        return normalize(raw, new NormalizedText()).toString();
    }

    /** {@link #normalize(String)} of {@code raw} into {@code out}, with its {@link #wordCount}; returns {@code out}. */
    static NormalizedText normalize(String raw, NormalizedText out) {
        if (raw == null || raw.isEmpty()) {
            out.clear();
        } else if (!foldInto(raw, out)) {
            out.set(generally(raw));
        }
        return out;
    }

    /**
     * {@link #normalize(String, NormalizedText)} of the lines of {@code raw} between each start and end
     * of {@code ranges}, joined by line breaks, without making that String: the lines are copied into
     * the buffer one after the other, a line break between them, and normalised there.
     */
    static NormalizedText normalize(String raw, int[] ranges, NormalizedText out) {
        int n = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            n += ranges[i + 1] - ranges[i] + (i == 0 ? 0 : 1);
        }
        if (n == 0) {
            out.clear();
            return out;
        }
        char[] chars = out.reserve(n);
        int at = 0;
        for (int i = 0; i < ranges.length; i += 2) {
            if (i > 0) {
                chars[at++] = '\n';
            }
            raw.getChars(ranges[i], ranges[i + 1], chars, at);
            at += ranges[i + 1] - ranges[i];
        }
        if (!fold(chars, n, out)) {
            StringBuilder joined = new StringBuilder(n);
            for (int i = 0; i < ranges.length; i += 2) {
                joined.append(i == 0 ? "" : "\n").append(raw, ranges[i], ranges[i + 1]);
            }
            out.set(generally(joined.toString()));
        }
        return out;
    }

    /** Mojibake repair, NFKC, then lower case, spaces and quotes: for text {@link #foldInto} cannot take. */
    private static String generally(String raw) {
        String text = raw;
        if (text.indexOf(MOJIBAKE_LEAD_1) >= 0 || text.indexOf(MOJIBAKE_LEAD_2) >= 0) {
            Matcher mojibake = MOJIBAKE_PATTERN.matcher(text);
            text = mojibake.replaceAll(m -> Matcher.quoteReplacement(MOJIBAKE.get(m.group())));
        }
        if (!isAscii(text)) { // ASCII is invariant under NFKC
            text = Normalizer.normalize(text, Normalizer.Form.NFKC);
        }
        return lowerSpacesAndQuotes(text);
    }

    /**
     * The normalised text of {@code raw} into {@code out} in one pass, counting its words and
     * recording its runs on the way, if every char of it has a {@link #FOLD}; false (and {@code out}
     * undefined) as soon as one has not. Without surrogates, every word is a run.
     */
    private static boolean foldInto(String raw, NormalizedText out) {
        int n = raw.length();
        char[] chars = out.reserve(n);
        raw.getChars(0, n, chars, 0);
        return fold(chars, n, out);
    }

    /**
     * {@link #normalize(String, NormalizedText)} of a whole resume, the first {@code n} chars of
     * {@code raw}, in one pass that also notes its lines ({@link ResumeLines}); false if the text needs
     * more than that pass can do (encoding damage, characters NFKC changes), and then {@code out} and
     * {@code lines} are undefined. {@code raw} is left as it is.
     */
    static boolean normalizeResume(char[] raw, int n, NormalizedText out, ResumeLines lines) {
        lines.clear();
        return foldResume(raw, n, out.reserve(n), out, lines);
    }

    /** {@link #foldInto} of the first {@code n} chars of {@code out}'s buffer, in place. */
    private static boolean fold(char[] chars, int n, NormalizedText out) {
        int[] runs = out.runs();
        int runEnd = 0;
        int length = 0; // at most i: each char gives at most one, a space only after a char that gave none
        int words = 0;
        long lowSymbols = 1L << ' ';
        int wordStart = -1; // in a word if not negative
        int hash = 0;
        boolean pendingSpace = false;
        for (int i = 0; i < n; i++) {
            int folded = FOLD[chars[i]];
            if ((folded & FOLDS_TO_WORD) != 0) {
                if (wordStart < 0) { // a space before is pending only here: a space ends a word
                    if (pendingSpace && length > 0) {
                        chars[length++] = ' ';
                    }
                    pendingSpace = false;
                    words++;
                    wordStart = length;
                    hash = 0;
                }
                hash = 31 * hash + (char) folded;
                chars[length++] = (char) folded;
                continue;
            }
            if (wordStart >= 0) { // recorded here, not by a call: this loop is the hot path of a classification
                if (runEnd == runs.length) {
                    runs = out.moreRuns();
                }
                runs[runEnd++] = wordStart;
                runs[runEnd++] = length;
                runs[runEnd++] = hash;
                wordStart = -1;
            }
            if (folded == ' ') {
                pendingSpace = true;
                continue;
            }
            if (folded == NO_FOLD) {
                return false;
            }
            if (pendingSpace && length > 0) {
                chars[length++] = ' ';
            }
            pendingSpace = false;
            lowSymbols |= folded < Long.SIZE ? 1L << folded : 0;
            chars[length++] = (char) folded;
        }
        out.set(length, words, runEnd / 3, lowSymbols);
        if (wordStart >= 0) {
            out.addRun(wordStart, length, hash);
        }
        return true;
    }

    /**
     * {@link #fold} of {@code raw} into {@code chars} that also notes the lines of a resume. It costs
     * little more than {@link #fold}: a word's chars only add their {@link #resumeBits} up, and the
     * word is looked at again, at its end, only where those say it may matter (a capital after its first
     * char or a digit: it may be glued; an x: "xp"; a char that may lead encoding damage). A line's first
     * word of letters is read at the line's end.
     */
    private static boolean foldResume(char[] raw, int n, char[] chars, NormalizedText out, ResumeLines lines) {
        int[] runs = out.runs();
        int lineRaw = 0; // where the current line starts, raw
        int lineStart = -1; // and normalised, once a char of it is written
        int lineRun = 0; // its first run
        int lineBits = 0; // the resumeBits of its words
        boolean lineXp = false;
        int runEnd = 0;
        int length = 0;
        int words = 0;
        long lowSymbols = 1L << ' ';
        boolean pendingSpace = false;
        int i = 0;
        while (i < n) {
            char c = raw[i];
            int folded = FOLD[c];
            if ((folded & FOLDS_TO_WORD) != 0) { // a word, read to its end by a loop of its own: few values live in it
                if (pendingSpace && length > 0) {
                    chars[length++] = ' ';
                }
                pendingSpace = false;
                words++;
                lineStart = lineStart < 0 ? length : lineStart;
                int wordRaw = i;
                int wordStart = length;
                int shift = length - i; // a word's chars are written one for one
                int hash = (char) folded;
                int tailBits = 0;
                chars[length] = (char) folded;
                while (++i < n) {
                    int next = FOLD[raw[i]];
                    if ((next & FOLDS_TO_WORD) == 0) {
                        break;
                    }
                    tailBits |= next;
                    hash = 31 * hash + (char) next;
                    chars[i + shift] = (char) next;
                }
                length = i + shift;
                if (runEnd == runs.length) {
                    runs = out.moreRuns();
                }
                runs[runEnd++] = wordStart;
                runs[runEnd++] = length;
                runs[runEnd++] = hash;
                int bits = folded | tailBits;
                if ((bits & (DIGIT | X | DAMAGE_LEAD)) != 0 || (tailBits & CAPITAL) != 0) {
                    if ((bits & DAMAGE_LEAD) != 0 && damaged(raw, wordRaw, i, n)) {
                        return false; // repaired on the general way
                    }
                    lineXp |= (bits & X) != 0 && hasXp(chars, wordStart, length);
                    if (i - wordRaw >= 4 && glued(raw, wordRaw, i)) {
                        lines.addGlued(wordRaw, i);
                    }
                }
                lineBits |= bits;
                continue;
            }
            if (folded == ' ') {
                if (isLineBreak(c)) {
                    lines.addLine(lineRaw, i, lineStart < 0 ? length : lineStart, length, lineRun, runEnd / 3,
                            (lineBits & LOWER) != 0, lineXp, firstLetters(raw, lineRaw, i));
                    lineRaw = i + 1;
                    lineStart = -1;
                    lineRun = runEnd / 3;
                    lineBits = 0;
                    lineXp = false;
                }
                pendingSpace = true;
                i++;
                continue;
            }
            if (folded == NO_FOLD) {
                return false;
            }
            if (pendingSpace && length > 0) {
                chars[length++] = ' ';
            }
            pendingSpace = false;
            if (c >= 'Â' && c <= 'ô' && i + 1 < n && Mojibake.mayBeDamaged(c, raw[i + 1])) {
                return false; // encoding damage: repaired on the general way
            }
            lineStart = lineStart < 0 ? length : lineStart;
            lowSymbols |= folded < Long.SIZE ? 1L << folded : 0;
            chars[length++] = (char) folded;
            i++;
        }
        out.set(length, words, runEnd / 3, lowSymbols);
        lines.addLine(lineRaw, n, lineStart < 0 ? length : lineStart, length, lineRun, runEnd / 3,
                (lineBits & LOWER) != 0, lineXp, firstLetters(raw, lineRaw, n));
        return true;
    }

    /** Whether a char of the raw word at {@code [from, to)} and the char after it may be encoding damage. */
    private static boolean damaged(char[] raw, int from, int to, int n) {
        for (int k = from; k < to; k++) {
            if (k + 1 < n && Mojibake.mayBeDamaged(raw[k], raw[k + 1])) {
                return true;
            }
        }
        return false;
    }

    /** Whether the folded word at {@code [from, to)} has "xp" in it. */
    private static boolean hasXp(char[] chars, int from, int to) {
        for (int k = from + 1; k < to; k++) {
            if (chars[k] == 'p' && chars[k - 1] == 'x') {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the raw word at {@code [from, to)} may be glued: a change of case or a digit after a letter
     * ("SpringMVC", "RestApi", "Java8", "5Spring"), small letters after two capitals ("MVCFramework"), or
     * six capitals in a row ("TECHNICALSKILLS"); {@link io.recruitflow.classifier.reading.ResumeReader}
     * then says whether it comes apart into known terms.
     */
    private static boolean glued(char[] raw, int from, int to) {
        int before = 0; // 1 small, 2 capital, 3 digit; 0 at the start
        int capitals = 0;
        for (int k = from; k < to; k++) {
            int bits = FOLD[raw[k]];
            int type = (bits & DIGIT) != 0 ? 3 : (bits & CAPITAL) != 0 ? 2 : 1;
            if (type == 2 && (before == 1 || before == 3 || capitals == 5)
                    || type == 3 && (before == 1 || before == 2) || type == 1 && before == 2 && capitals >= 2) {
                return true;
            }
            capitals = type == 2 ? capitals + 1 : 0;
            before = type;
        }
        return false;
    }

    /**
     * The raw line's first word of letters (the letters after any digits, bullets or spaces before them),
     * as {@link ResumeLines#firstLettersHash} takes it: the hash of its lower case in the high half, its
     * length in the low half; length {@link #MAY_HEAD} if it has or is followed by a letter other than
     * an ASCII one.
     */
    private static long firstLetters(char[] raw, int from, int to) {
        int hash = 0;
        int length = 0;
        for (int k = from; k < to; k++) {
            char c = raw[k];
            if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z' && c < 0x80) {
                hash = 31 * hash + (c | 0x20);
                length++;
            } else if (c >= 0x80 && (FOLD[c] & FOLDS_TO_WORD) != 0 && Character.isLetter(c)) { // not a bullet
                return ((long) hash << 32) | (MAY_HEAD & 0xFFFFFFFFL);
            } else if (length > 0) {
                break;
            }
        }
        return ((long) hash << 32) | length;
    }

    /** {@link ResumeLines#firstLettersLength}: the line's first word of letters may not be plain ASCII. */
    static final int MAY_HEAD = -1;

    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C';
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
        return wordCount(normalized.toCharArray(), normalized.length());
    }

    /** {@link #wordCount(String)} of the first {@code n} chars. */
    static int wordCount(char[] chars, int n) {
        int count = 0;
        boolean inWord = false;
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
