package io.recruitflow.classifier.reading;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The section headings resumes use, in any case, and what each section holds. A heading is a line of
 * its own ("TECHNICAL SKILLS", "Skill Details", "Work Experience:"), or starts a line before a colon,
 * dash or bullet ("Skills: Java, SQL"), or is written in capitals before the rest of the line
 * ("SKILLS Java, SQL", as a lost line break leaves it). A short line in capitals that is no known
 * heading and names no known term ("ACADEMIC HIGHLIGHTS") is a heading of an ordinary section.
 */
final class ResumeSections {

    enum Kind {
        /** Lists of skills and tools: a skill's every spelling counts there. */
        SKILLS,
        /** A skill list on its own line only, e.g. a project's "Environment: ...". */
        SKILLS_LINE,
        /** Personal details, hobbies, declarations, references: not read at all. */
        PERSONAL,
        /** Anything else: summary, experience, projects, education, ... */
        PROSE
    }

    /**
     * A heading found at the start of a line, and the rest of the line after it.
     *
     * @param known false for a short line in capitals that is no known heading: a section of prose, or
     *              a name at the top of a resume
     */
    record Heading(Kind kind, String rest, boolean known) {

        Heading(Kind kind, String rest) {
            this(kind, rest, true);
        }
    }

    private static final Map<String, Kind> HEADINGS = new HashMap<>();
    /** The first word of every heading: a line that starts with none is no known heading. */
    private static final Set<String> FIRST_WORDS = new HashSet<>();
    /** A line in capitals longer than this is no heading of an unknown section. */
    private static final int LONGEST_CAPITALS_LINE = 48;
    private static final int LONGEST_HEADING_WORDS = 5;
    private static final int LONGEST_CAPITALS_HEADING_WORDS = 4;

    static {
        for (String heading : List.of("skills", "skill", "skill set", "skillset", "skill sets", "skill details",
                "technical skills", "technical skill", "technical skill set", "technical skillset", "key skills",
                "core skills", "it skills", "computer skills", "software skills", "professional skills",
                "technical expertise", "technical proficiency", "technical proficiencies", "technical competencies",
                "technical competence", "technical knowledge", "technical summary", "technical profile",
                "technical qualifications", "technologies", "technology", "technology stack", "tech stack",
                "tools", "tools and technologies", "technologies and tools", "tools used", "software", "softwares",
                "programming languages", "programming", "languages", "languages and frameworks", "frameworks",
                "databases", "database", "web technologies", "operating systems", "operating system", "ides",
                "ide", "version control", "cloud", "cloud platforms", "methodologies", "testing tools",
                "competencies", "core competencies", "key competencies", "areas of expertise", "expertise",
                "proficiencies", "skills summary", "summary of skills", "skills and abilities", "skills and tools",
                "technical skills and tools", "it proficiency", "computer proficiency", "computer knowledge",
                "software proficiency", "tools and platforms", "platforms", "libraries", "stack",
                "key technologies", "technologies known", "skills and competencies", "certifications and skills")) {
            HEADINGS.put(heading, Kind.SKILLS);
        }
        for (String heading : List.of("environment", "technologies used", "tools used", "technology used",
                "tech used", "technologies involved", "tools and technologies used", "stack used", "languages used",
                "skills used", "key technologies used")) {
            HEADINGS.put(heading, Kind.SKILLS_LINE);
        }
        for (String heading : List.of("personal details", "personal information", "personal data", "personal info",
                "personal particulars", "personal dossier", "personal", "declaration", "references", "referees",
                "hobbies", "hobby", "interests", "hobbies and interests", "interests and hobbies",
                "personal interests", "languages known", "languages spoken", "spoken languages")) {
            HEADINGS.put(heading, Kind.PERSONAL);
        }
        for (String heading : List.of("summary", "professional summary", "career summary", "profile",
                "professional profile", "personal profile", "profile summary", "about", "about me", "objective",
                "career objective", "objectives", "professional objective", "overview", "introduction",
                "experience", "work experience", "professional experience", "employment", "employment history",
                "work history", "career history", "experience details", "relevant experience", "company details",
                "experience summary", "professional background", "career", "career highlights", "highlights",
                "projects", "project", "project details", "academic projects", "key projects", "personal projects",
                "project experience", "projects undertaken", "major projects", "education", "education details",
                "educational qualification", "educational qualifications", "academic qualification",
                "academic qualifications", "academics", "academic details", "qualifications", "qualification",
                "academic background", "educational background", "certifications", "certification",
                "certificates", "licenses and certifications", "trainings", "training", "courses", "coursework",
                "achievements", "awards", "accomplishments", "awards and achievements", "publications",
                "responsibilities", "roles and responsibilities", "role and responsibilities", "key responsibilities",
                "duties", "internships", "internship", "volunteer experience", "volunteering", "activities",
                "extra curricular activities", "extracurricular activities", "co curricular activities",
                "leadership", "strengths", "contributions", "description", "client", "team size", "duration",
                "role", "designation")) {
            HEADINGS.put(heading, Kind.PROSE);
        }
    }

    static {
        for (String heading : HEADINGS.keySet()) {
            FIRST_WORDS.add(heading.split(" ")[0]);
        }
    }

    private ResumeSections() {
    }

    /**
     * Whether the line at {@code [from, to)} may start with a heading: its first word is the first word
     * of one, or it is a short line with no lower-case letter. A quick test, without a String.
     */
    static boolean mayStartHeading(char[] chars, int from, int to) {
        int start = from;
        while (start < to && !isLetter(chars[start])) {
            start++;
        }
        int end = start;
        boolean lower = false;
        while (end < to && isLetter(chars[end])) {
            lower |= Character.isLowerCase(chars[end]);
            end++;
        }
        if (end == start) {
            return false;
        }
        if (isFirstWord(chars, start, end)) {
            return true;
        }
        if (lower || to - start > LONGEST_CAPITALS_LINE) {
            return false;
        }
        for (int i = end; i < to; i++) {
            if (Character.isLowerCase(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** The first words of headings by length, lower case. */
    private static final char[][][] FIRST_WORDS_BY_LENGTH = new char[24][][];

    static {
        for (int length = 0; length < FIRST_WORDS_BY_LENGTH.length; length++) {
            int l = length;
            FIRST_WORDS_BY_LENGTH[length] = FIRST_WORDS.stream().filter(word -> word.length() == l).sorted()
                    .map(String::toCharArray).toArray(char[][]::new);
        }
    }

    /** The hashes of {@link #FIRST_WORDS_BY_LENGTH}, as {@link String#hashCode}. */
    private static final int[][] FIRST_WORD_HASHES = new int[FIRST_WORDS_BY_LENGTH.length][];

    static {
        for (int length = 0; length < FIRST_WORDS_BY_LENGTH.length; length++) {
            FIRST_WORD_HASHES[length] = java.util.Arrays.stream(FIRST_WORDS_BY_LENGTH[length])
                    .mapToInt(word -> new String(word).hashCode()).toArray();
        }
    }

    /** Whether a word of ASCII letters in lower case, given by its hash and length, may be a heading's first. */
    static boolean mayBeFirstWord(int hash, int length) {
        if (length >= FIRST_WORD_HASHES.length) {
            return false;
        }
        for (int h : FIRST_WORD_HASHES[length]) {
            if (h == hash) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFirstWord(String line, int from, int to) {
        int length = to - from;
        if (length >= FIRST_WORDS_BY_LENGTH.length) {
            return false;
        }
        candidates:
        for (char[] word : FIRST_WORDS_BY_LENGTH[length]) {
            for (int i = 0; i < length; i++) {
                char c = line.charAt(from + i);
                if (c != word[i] && lower(c) != word[i]) {
                    continue candidates;
                }
            }
            return true;
        }
        return false;
    }

    /** Whether the letters at {@code [from, to)} are the first word of a heading, in any case. */
    private static boolean isFirstWord(char[] chars, int from, int to) {
        int length = to - from;
        if (length >= FIRST_WORDS_BY_LENGTH.length) {
            return false;
        }
        candidates:
        for (char[] word : FIRST_WORDS_BY_LENGTH[length]) {
            for (int i = 0; i < length; i++) {
                char c = chars[from + i];
                if (c != word[i] && lower(c) != word[i]) {
                    continue candidates;
                }
            }
            return true;
        }
        return false;
    }

    /** Every word of every heading, lower case: known terms for {@link GluedWords}. */
    static Set<String> headingWords() {
        Set<String> words = new HashSet<>();
        for (String heading : HEADINGS.keySet()) {
            words.addAll(List.of(heading.split(" ")));
        }
        return words;
    }

    /**
     * The heading the line starts with, or null.
     *
     * @param glued known terms, to tell a heading in capitals from a line of skills in capitals
     */
    static Heading heading(String line, GluedWords glued) {
        int start = 0;
        int n = line.length();
        while (start < n && !isLetter(line.charAt(start))) { // bullets, numbering, markdown
            start++;
        }
        if (start == n) {
            return null;
        }
        int firstEnd = start;
        while (firstEnd < n && isLetter(line.charAt(firstEnd))) {
            firstEnd++;
        }
        if ((n - start > LONGEST_CAPITALS_LINE || hasLowerCase(line)) && !isFirstWord(line, start, firstEnd)) {
            return null; // the common case, a line of prose: no heading starts it, and it is not in capitals
        }
        int end = start;
        int words = 0;
        int lastWordEnd = start;
        boolean capitals = true;
        char[] key = new char[n + 4 * LONGEST_HEADING_WORDS]; // the words so far in lower case, " and" for & or /
        int keyLength = 0;
        int hash = 0; // of the key, as String.hashCode
        Heading capitalsHeading = null;
        while (end < n && words < LONGEST_HEADING_WORDS) {
            char c = line.charAt(end);
            if (isLetter(c)) {
                int wordStart = end;
                while (end < n && (isLetter(line.charAt(end)) || line.charAt(end) == '\'')) {
                    capitals &= !Character.isLowerCase(line.charAt(end));
                    end++;
                }
                if (keyLength > 0) {
                    key[keyLength++] = ' ';
                    hash = 31 * hash + ' ';
                }
                for (int i = wordStart; i < end; i++) {
                    char lower = lower(line.charAt(i));
                    key[keyLength++] = lower;
                    hash = 31 * hash + lower;
                }
                words++;
                lastWordEnd = end;
                Kind kind = HEADING_TABLE.kind(key, keyLength, hash);
                if (kind != null) {
                    String rest = line.substring(end);
                    if (endsHeading(rest)) {
                        return new Heading(kind, afterSeparator(rest));
                    }
                    if (capitals && !rest.isBlank() && words <= LONGEST_CAPITALS_HEADING_WORDS
                            && !startsWithTitleNoun(rest)) {
                        capitalsHeading = new Heading(kind, rest.strip()); // the longest such prefix wins
                    }
                }
            } else if (c == ' ') {
                end++;
            } else if (c == '&' || c == '/') {
                for (char a : AND) {
                    key[keyLength++] = a;
                    hash = 31 * hash + a;
                }
                end++;
            } else {
                break;
            }
        }
        if (capitalsHeading != null) {
            return capitalsHeading;
        }
        if (capitals && words <= LONGEST_CAPITALS_HEADING_WORDS && line.substring(lastWordEnd).isBlank()
                && keyLength >= 4 && noKnownTerm(new String(key, 0, keyLength), glued)) { // in lower case already
            return new Heading(Kind.PROSE, "", false);
        }
        return null;
    }

    private static final char[] AND = " and".toCharArray();

    /** {@link Character#toLowerCase(char)}, ASCII without a table lookup: it runs for every char of a heading. */
    private static char lower(char c) {
        return c < 0x80 ? (c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c) : Character.toLowerCase(c);
    }

    /** {@link Character#isLetter(char)}, ASCII without a table lookup. */
    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    /**
     * The head nouns of job titles: "SOFTWARE DEVELOPER, Acme" and "PROJECT MANAGER" are titles in
     * capitals, not the headings "Software" and "Project" with a line glued to them.
     */
    private static final Set<String> TITLE_NOUNS = Set.of("developer", "developers", "engineer", "engineers",
            "manager", "architect", "administrator", "analyst", "lead", "consultant", "specialist", "coordinator",
            "officer", "director", "designer", "tester", "programmer", "intern", "trainee", "executive", "assistant",
            "associate", "trainer", "teacher", "head", "owner", "scientist", "technician", "supervisor");

    private static boolean startsWithTitleNoun(String rest) {
        int start = 0;
        while (start < rest.length() && rest.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < rest.length() && Character.isLetter(rest.charAt(end))) {
            end++;
        }
        return end > start && TITLE_NOUNS.contains(rest.substring(start, end).toLowerCase(Locale.ROOT));
    }

    /** {@link #HEADINGS} by the hash of the heading, open addressing: looked up from a key being built. */
    private static final class HeadingTable {
        private final char[][] keys;
        private final Kind[] kinds;
        private final int mask;

        HeadingTable(Map<String, Kind> headings) {
            int capacity = Integer.highestOneBit(headings.size() * 4 - 1) << 1;
            keys = new char[capacity][];
            kinds = new Kind[capacity];
            mask = capacity - 1;
            headings.forEach((heading, kind) -> {
                int slot = heading.hashCode() & mask;
                while (keys[slot] != null) {
                    slot = (slot + 1) & mask;
                }
                keys[slot] = heading.toCharArray();
                kinds[slot] = kind;
            });
        }

        Kind kind(char[] key, int length, int hash) {
            for (int slot = hash & mask; keys[slot] != null; slot = (slot + 1) & mask) {
                if (java.util.Arrays.equals(keys[slot], 0, keys[slot].length, key, 0, length)) {
                    return kinds[slot];
                }
            }
            return null;
        }
    }

    private static final HeadingTable HEADING_TABLE = new HeadingTable(HEADINGS);

    private static boolean hasLowerCase(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= 'a' && c <= 'z' || c >= 0x80 && Character.isLowerCase(c)) {
                return true;
            }
        }
        return false;
    }

    /** After a heading: nothing, or a colon, dash, bullet or tab before the rest. */
    private static boolean endsHeading(String rest) {
        int first = 0;
        while (first < rest.length() && Character.isWhitespace(rest.charAt(first))) {
            first++;
        }
        if (first == rest.length()) {
            return true;
        }
        char c = rest.charAt(first);
        return c == ':' || c == '-' || c == '–' || c == '—' || c == '•' || c == '*' || c == '|' || c == '='
                || rest.startsWith("\t") || c == '▪' || c == '●' || c == '►' || c == '\uF0B7';
    }

    private static String afterSeparator(String rest) {
        String stripped = rest.strip();
        int i = 0;
        while (i < stripped.length() && !Character.isLetterOrDigit(stripped.charAt(i))
                && !Character.isWhitespace(stripped.charAt(i)) && stripped.charAt(i) != '.') {
            i++;
        }
        return stripped.substring(i).strip();
    }

    /** No word is a known term other than a heading word: "ACADEMIC HIGHLIGHTS", not "JAVA DEVELOPER". */
    private static boolean noKnownTerm(String words, GluedWords glued) {
        for (String word : words.toLowerCase(Locale.ROOT).split(" ")) {
            if (glued.isKnown(word) && !HeadingWords.ALL.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static final class HeadingWords {
        static final Set<String> ALL = Set.copyOf(headingWords());
    }
}
