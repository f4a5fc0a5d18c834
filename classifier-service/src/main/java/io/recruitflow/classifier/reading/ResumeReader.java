package io.recruitflow.classifier.reading;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads resume text as resumes arrive: encoding damage repaired ({@link Mojibake}), words glued by
 * lost line breaks split ({@link GluedWords}), and the text cut into what its sections hold
 * ({@link ResumeSections}): the lines of skills sections, "Skill - Experience - 24 months" lines and
 * a project's "Environment:" line are skill lists; personal details, hobbies, references and
 * declarations are left out; headings themselves are not text; everything else is prose, in order.
 * Thread-safe and framework-free.
 *
 * <p>It runs for every resume, so it reads the text in one pass and says where each part is rather
 * than copying it: a line is only made a String where a heading, a glued word or a skill with its
 * duration may be in it, and the text is only rewritten if it had encoding damage or glued words.
 */
public final class ResumeReader {

    /**
     * What a resume's text holds: the lines of each part, as ranges of {@code text}.
     *
     * @param text        the text the ranges are in: the resume as given, or repaired
     * @param headerLines start and end (exclusive) of each line of the header: the short lines before
     *                    the first heading, where a resume gives the name and the current title
     * @param proseLines  start and end of each prose line, in order
     * @param skillLines  start and end of each line of the skill lists, in order
     */
    public record ReadResume(String text, int[] headerLines, int[] proseLines, int[] skillLines) {

        static final ReadResume EMPTY = new ReadResume("", new int[0], new int[0], new int[0]);

        /** The header lines, joined by line breaks. */
        public String header() {
            return join(headerLines);
        }

        /** The prose lines, joined by line breaks. */
        public String prose() {
            return join(proseLines);
        }

        /** The lines of the skill lists, joined by line breaks. */
        public String skills() {
            return join(skillLines);
        }

        private String join(int[] ranges) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < ranges.length; i += 2) {
                out.append(i == 0 ? "" : "\n").append(text, ranges[i], ranges[i + 1]);
            }
            return out.toString();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof ReadResume read && read.header().equals(header()) && read.prose().equals(prose())
                    && read.skills().equals(skills());
        }

        @Override
        public int hashCode() {
            return (header().hashCode() * 31 + prose().hashCode()) * 31 + skills().hashCode();
        }

        @Override
        public String toString() {
            return "ReadResume[header=" + header() + ", prose=" + prose() + ", skills=" + skills() + "]";
        }
    }

    /** ATS exports run sections into one line; these headings are a line of their own wherever they stand. */
    private static final Pattern RUN_IN_HEADINGS = Pattern.compile(
            "(?i)[ \\t]*(?<![\\p{L}\\p{N}])((?:skill|education|company|personal|project) details)(?![\\p{L}\\p{N}])[ \\t]*:?");
    /** A line in a skills section this long, with no list separator in it, is a sentence: prose. */
    private static final int SENTENCE_WORDS = 7;
    /** The header is at most this many lines before the first heading, ... */
    private static final int HEADER_LINES = 3;
    /** ... each of at most this many words. */
    private static final int HEADER_WORDS = 12;

    private final GluedWords glued;

    /** @param knownTerms the role model's terms (lower-case words), for telling glued words apart */
    public ResumeReader(Set<String> knownTerms) {
        this.glued = new GluedWords(knownTerms);
    }

    public ReadResume read(String text) {
        if (text == null || text.isBlank()) {
            return ReadResume.EMPTY;
        }
        String source = withRunInHeadingsOnLines(text);
        char[] chars = source.toCharArray();
        int n = chars.length;
        Ranges header = new Ranges();
        Ranges prose = new Ranges();
        Ranges skills = new Ranges();
        Lines lines = lines();
        // lines with encoding damage or glued words are repaired into here, after the text: ranges past n
        StringBuilder repairedLines = null;
        for (int start = 0, end; start < n; start = end + 1) {
            end = start;
            while (end < n && TYPE[chars[end]] != BREAK) {
                end++;
            }
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(chars[from])) {
                from++;
            }
            while (to > from && Character.isWhitespace(chars[to - 1])) {
                to--;
            }
            if (from == to) {
                continue;
            }
            int facts = facts(chars, from, to);
            int place;
            int offset = 0;
            if ((facts & REPAIR) != 0) {
                String line = glued.split(Mojibake.repair(new String(chars, from, to - from))).strip();
                if (repairedLines == null) {
                    repairedLines = new StringBuilder();
                }
                offset = n + repairedLines.length();
                repairedLines.append(line);
                place = lines.place(line.toCharArray(), 0, line.length(),
                        line.toLowerCase(Locale.ROOT).contains("xp"));
                to = offset + line.length();
            } else {
                place = lines.place(chars, from, to, (facts & DURATION) != 0);
            }
            from = offset + lines.contentFrom();
            switch (place) {
                case Lines.HEADER -> header.add(from, to);
                case Lines.SKILLS -> skills.add(from, to);
                case Lines.PROSE -> prose.add(from, to);
                default -> { } // a heading alone, or a personal section: never read
            }
        }
        return new ReadResume(repairedLines == null ? source : source + repairedLines, header.toArray(),
                prose.toArray(), skills.toArray());
    }

    /** The text with the headings that ATS exports run into a line on lines of their own; often the same. */
    public static String withRunInHeadingsOnLines(String text) {
        return text.contains("etails") || text.contains("ETAILS")
                ? RUN_IN_HEADINGS.matcher(text).replaceAll("\n$1\n") : text;
    }

    /**
     * Whether a line may start with a heading, for {@link Lines#placeWithoutHeading}: false only if it
     * has a small letter and its first word of letters (ASCII, given by the hash of its lower case as
     * {@link String#hashCode} and its length; 0 if it has none) is the first word of no heading.
     */
    public static boolean mayStartHeading(boolean hasLowerCase, int firstLettersHash, int firstLettersLength) {
        return !hasLowerCase || ResumeSections.mayBeFirstWord(firstLettersHash, firstLettersLength);
    }

    /** Whether the raw word at {@code [from, to)} of {@code chars} comes apart into known terms. */
    public boolean splits(char[] chars, int from, int to) {
        return glued.splits(chars, from, to);
    }

    /** The text with its glued words split, as a line of a resume is before it is placed. */
    public String split(String text) {
        return glued.split(text);
    }

    /** A new reading of one resume's lines, in order. */
    public Lines lines() {
        return new Lines();
    }

    /**
     * Where each line of one resume goes, read in order: the sections it is in, whether the header at
     * the top is still going on. A line is given trimmed and repaired; not thread-safe.
     */
    public final class Lines {

        /** {@link #place}: the line is part of the header (name and current title at the top). */
        public static final int HEADER = 0;
        public static final int PROSE = 1;
        public static final int SKILLS = 2;
        /** {@link #place}: a heading alone, or a line of a personal section: not read. */
        public static final int NOWHERE = 3;

        private ResumeSections.Kind section = ResumeSections.Kind.PROSE;
        private boolean inHeader = true;
        private int headerLines;
        private int contentFrom;

        private Lines() {
        }

        /**
         * Where the line at {@code [from, to)} of {@code chars} goes; its content, what is read of it,
         * runs from {@link #contentFrom()} to {@code to} (after a heading that starts the line).
         *
         * @param xp whether the line has "xp" in it, in any case (a skill with its duration may)
         */
        public int place(char[] chars, int from, int to, boolean xp) {
            return place(chars, from, to, xp, ResumeSections.mayStartHeading(chars, from, to));
        }

        /**
         * {@link #place(char[], int, int, boolean)} where whether a heading may start the line is known
         * already: {@code mayHead} is false only if none can (see {@link #mayStartHeading}).
         */
        public int place(char[] chars, int from, int to, boolean xp, boolean mayHead) {
            contentFrom = from;
            ResumeSections.Heading heading = mayHead
                    ? ResumeSections.heading(new String(chars, from, to - from), glued) : null;
            if (heading != null && !heading.known() && inHeader && headerLines < HEADER_LINES) {
                headerLines++; // a name in capitals at the top
                return HEADER;
            }
            ResumeSections.Kind kind = section;
            if (heading != null) {
                inHeader = false;
                String rest = heading.rest();
                if (heading.kind() == ResumeSections.Kind.SKILLS_LINE) {
                    kind = ResumeSections.Kind.SKILLS;
                } else {
                    section = heading.kind();
                    kind = section;
                }
                if (rest.isBlank()) {
                    return NOWHERE;
                }
                contentFrom = to - rest.length(); // the rest ends the line, stripped
            }
            if (xp || kind == ResumeSections.Kind.SKILLS) {
                if (xp && isSkillWithDuration(chars, contentFrom, to)) { // "experience" has an "xp"
                    kind = kind == ResumeSections.Kind.PERSONAL ? kind : ResumeSections.Kind.SKILLS;
                } else if (kind == ResumeSections.Kind.SKILLS && heading == null && isSentence(chars, from, to)) {
                    kind = ResumeSections.Kind.PROSE;
                }
            }
            if (inHeader && kind == ResumeSections.Kind.PROSE) {
                inHeader = headerLines < HEADER_LINES && words(chars, contentFrom, to) <= HEADER_WORDS;
                if (inHeader) {
                    headerLines++;
                    return HEADER;
                }
            }
            return switch (kind) {
                case SKILLS, SKILLS_LINE -> SKILLS;
                case PROSE -> PROSE;
                case PERSONAL -> NOWHERE;
            };
        }

        /**
         * {@link #place} of a line that cannot start a heading (see {@link #mayStartHeading}) and has no
         * "xp" in it, where that is one look; -1 where it takes {@link #place} (the header may go on, or a
         * skills section's line may be a sentence).
         */
        public int placeWithoutHeading(int from) {
            if (inHeader || section == ResumeSections.Kind.SKILLS) {
                return -1;
            }
            contentFrom = from;
            return section == ResumeSections.Kind.PERSONAL ? NOWHERE : PROSE;
        }

        /** Where the content of the line last placed starts. */
        public int contentFrom() {
            return contentFrom;
        }
    }

    /** {@link #facts}: the line has encoding damage, or a word that comes apart into known terms. */
    private static final int REPAIR = 1;
    /** {@link #facts}: the line has "xp" in it, as "Skill - Experience - 24 months" has. */
    private static final int DURATION = 2;

    /**
     * What one pass over a line tells: {@link #REPAIR}, {@link #DURATION}. Hot: every line goes through
     * it. Only capitals, digits, x and the lead characters of encoding damage can make a fact, so the
     * pass skips to the next of them; a word is looked at as a whole only where a part of a glued word
     * may start (after a small letter or a digit, before a small letter after capitals, the sixth
     * capital in a row).
     */
    private int facts(char[] chars, int from, int to) {
        int facts = 0;
        int capitalsFrom = -1; // where the current run of capitals started
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (!NOTABLE[c]) {
                continue;
            }
            int type = TYPE[c];
            int before = i > from ? TYPE[chars[i - 1]] : OTHER;
            boolean word = false;
            if (type == UPPER) {
                if (before != UPPER) {
                    capitalsFrom = i;
                }
                word = before == LOWER || before == DIGIT
                        || before == UPPER && i + 1 < to && TYPE[chars[i + 1]] == LOWER
                        || i - capitalsFrom == 5;
            } else if (type == DIGIT) {
                word = before == LOWER || before == UPPER;
            } else if ((c | 0x20) == 'x') {
                if (i + 1 < to && (chars[i + 1] | 0x20) == 'p') {
                    facts |= DURATION;
                }
            } else if (c >= 'Â' && c <= 'ô' && i + 1 < to && Mojibake.isContinuation(chars[i + 1], c)) {
                return REPAIR;
            }
            if (c == 'X' && i + 1 < to && (chars[i + 1] | 0x20) == 'p') {
                facts |= DURATION;
            }
            if (word) {
                int start = i;
                while (start > from && isWordType(TYPE[chars[start - 1]])) {
                    start--;
                }
                int end = i + 1;
                while (end < to && isWordType(TYPE[chars[end]])) {
                    end++;
                }
                if (end - start >= 4 && glued.splits(chars, start, end)) {
                    return REPAIR;
                }
                for (int k = i + 1; k < end; k++) { // what the rest of the word holds: "EXPERIENCEâ€¢"
                    char d = chars[k];
                    if ((d | 0x20) == 'x' && k + 1 < to && (chars[k + 1] | 0x20) == 'p') {
                        facts |= DURATION;
                    } else if (d >= 'Â' && d <= 'ô' && k + 1 < to && Mojibake.isContinuation(chars[k + 1], d)) {
                        return REPAIR;
                    }
                }
                i = end - 1;
            }
        }
        return facts;
    }

    /** Runs of letters and digits in {@code [from, to)}. */
    private static int words(char[] chars, int from, int to) {
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            boolean word = isWordType(TYPE[chars[i]]);
            words += word && !inWord ? 1 : 0;
            inWord = word;
        }
        return words;
    }

    private static boolean isWordType(int type) {
        return type == LOWER || type == UPPER || type == DIGIT;
    }

    private static final int OTHER = 0;
    private static final int LOWER = 1;
    private static final int UPPER = 2;
    private static final int DIGIT = 3;
    private static final int BREAK = 4;
    /** Every BMP char's type: letter (lower or upper case), digit or other letter, line break, other. */
    private static final byte[] TYPE = new byte[Character.MAX_VALUE + 1];
    /** The chars {@link #facts} looks at: capitals, digits and other letters without case, x, Â to ô. */
    private static final boolean[] NOTABLE = new boolean[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c <= Character.MAX_VALUE; c++) {
            char ch = (char) c;
            TYPE[c] = (byte) (isLineBreak(ch) ? BREAK : Character.isLowerCase(ch) ? LOWER
                    : Character.isUpperCase(ch) ? UPPER : Character.isLetterOrDigit(ch) ? DIGIT : OTHER);
            NOTABLE[c] = TYPE[c] == UPPER || TYPE[c] == DIGIT || ch == 'x' || ch >= 'Â' && ch <= 'ô';
        }
    }

    /** Ranges as start, end pairs, growing. */
    private static final class Ranges {
        private int[] pairs = new int[64];
        private int size;

        void add(int start, int end) {
            if (size == pairs.length) {
                pairs = Arrays.copyOf(pairs, 2 * size);
            }
            pairs[size++] = start;
            pairs[size++] = end;
        }

        int[] toArray() {
            return Arrays.copyOf(pairs, size);
        }

    }

    /** \r, \n, and the other line and paragraph separators; \r\n makes an empty line, which is skipped. */
    private static boolean isLineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u000B' || c == '\u000C';
    }

    /** "Java - Experience - 24 months", "Oracle- Exprience - Less than 1 year months". */
    static boolean isSkillWithDuration(String line) {
        return isSkillWithDuration(line.toCharArray(), 0, line.length());
    }

    /**
     * {@link #isSkillWithDuration(String)} of the line at {@code [from, to)}: "experience" (or a usual
     * misspelling) after a dash with a letter before it, "month" or "year" anywhere. Case is ASCII's.
     */
    static boolean isSkillWithDuration(char[] chars, int from, int to) {
        int experience = -1;
        // "experience" first: a long line with an x but none is not read to its end
        for (int i = from + 2; i < to && experience < 0; i++) {
            if ((chars[i] | 0x20) == 'x' && (matches(chars, i, to, "xperience") || matches(chars, i, to, "xprience")
                    || matches(chars, i, to, "xperiance"))) {
                experience = i;
            }
        }
        if (experience < 0) {
            return false;
        }
        int dash = experience;
        while (dash >= from && chars[dash] != '-') {
            dash--;
        }
        boolean letter = false;
        for (int i = from; i < dash && !letter; i++) {
            letter = Character.isLetter(chars[i]);
        }
        if (!letter) {
            return false;
        }
        for (int i = from; i < to; i++) {
            int c = chars[i] | 0x20;
            if (c == 'm' && matches(chars, i, to, "month") || c == 'y' && matches(chars, i, to, "year")) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code lower} (ASCII lower case) is at {@code at} in any case. */
    private static boolean matches(char[] chars, int at, int to, String lower) {
        int m = lower.length();
        if (to - at < m) {
            return false;
        }
        for (int k = 0; k < m; k++) {
            if ((chars[at + k] | 0x20) != lower.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** Seven words or more and no comma, semicolon, pipe, slash or bullet between them. */
    static boolean isSentence(String line) {
        return isSentence(line.toCharArray(), 0, line.length());
    }

    private static boolean isSentence(char[] chars, int from, int to) {
        while (from < to && Character.isWhitespace(chars[from])) {
            from++;
        }
        int words = 0;
        boolean inWord = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (i > from && (c == ',' || c == ';' || c == '|' || c == '/' || c == '•' || c == '·' || c == '*')) {
                return false;
            }
            boolean letter = Character.isLetterOrDigit(c);
            words += letter && !inWord ? 1 : 0;
            inWord = letter;
        }
        return words >= SENTENCE_WORDS;
    }

}
