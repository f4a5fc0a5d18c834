package io.recruitflow.classifier.reading;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits words that a flattened layout glued together, where a known term is one of the parts:
 * "SpringMVC" is "Spring MVC", "RestApi" "Rest Api", "TECHNICALSKILLS" "TECHNICAL SKILLS",
 * "Java8" "Java 8". Parts are found at changes of case ("RestApi", "MVCFramework", "5Spring") and
 * before digits, then joined again where the joined text is a known term ("JavaScript", "MySQL" and "J2EE"
 * stay whole); a part in capitals that is no known term is split into known terms if it is made
 * of them ("HTMLCSS"). A word is split only if a known term comes out of it, so names and ordinary
 * words ("McDonald", "iPhone") stay as written. Case is kept.
 *
 * <p>Known terms are lower-case words of at least two letters or digits, given by the caller (the
 * role model's technologies, titles and phrases) plus the resume headings this package knows.
 */
public final class GluedWords {

    private static final int SHORTEST_GLUED = 4;
    private static final int SHORTEST_CAPITALS = 6;

    private final Set<String> known;
    /** The known terms again, by hash, open addressing: looked up from a slice of a word's chars. */
    private final char[][] slots;
    private final int[] hashes;
    private final int mask;

    public GluedWords(Set<String> knownTerms) {
        Set<String> terms = new HashSet<>();
        for (String term : knownTerms) {
            String lower = term.toLowerCase(Locale.ROOT);
            if (lower.length() >= 2 && lower.chars().allMatch(Character::isLetterOrDigit)) {
                terms.add(lower);
            }
        }
        terms.addAll(ResumeSections.headingWords());
        this.known = Set.copyOf(terms);
        int capacity = Integer.highestOneBit(Math.max(4, known.size() * 4 - 1)) << 1;
        this.slots = new char[capacity][];
        this.hashes = new int[capacity];
        this.mask = capacity - 1;
        for (String term : known) {
            int hash = term.hashCode();
            int slot = (hash ^ (hash >>> 16)) & mask;
            while (slots[slot] != null) {
                slot = (slot + 1) & mask;
            }
            slots[slot] = term.toCharArray();
            hashes[slot] = hash;
        }
    }

    boolean isKnown(String lowerCase) {
        return known.contains(lowerCase);
    }

    /** The text with glued words split by a space; the same instance if none was. */
    public String split(String text) {
        int n = text.length();
        char[] chars = text.toCharArray();
        StringBuilder out = null;
        int copied = 0;
        int start = -1; // of the current run of letters and digits
        boolean boundary = false;
        boolean lower = false;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? chars[i] : ' ';
            if (letterOrDigit(c)) {
                if (start < 0) {
                    start = i;
                    boundary = false;
                    lower = false;
                } else if (!boundary) {
                    boundary = boundaryBefore(chars, i, n);
                }
                lower |= c >= 'a' && c <= 'z' || c >= 0x80 && Character.isLowerCase(c);
                continue;
            }
            if (start >= 0 && i - start >= SHORTEST_GLUED && (boundary || !lower && i - start >= SHORTEST_CAPITALS)) {
                List<String> parts = parts(chars, start, i);
                if (parts != null && parts.size() > 1) {
                    if (out == null) {
                        out = new StringBuilder(n + 16);
                    }
                    out.append(text, copied, start).append(String.join(" ", parts));
                    copied = i;
                }
            }
            start = -1;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    private static boolean letterOrDigit(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' : Character.isLetterOrDigit(c);
    }

    /** A part starts at {@code i}: "aB", "5B", "ABc" (before the B), or a digit after a letter. */
    private static boolean boundaryBefore(char[] word, int i, int end) {
        char before = word[i - 1];
        char c = word[i];
        if (c >= 'A' && c <= 'Z' || c >= 0x80 && Character.isUpperCase(c)) {
            return isLower(before) || before >= '0' && before <= '9'
                    || isUpper(before) && i + 1 < end && isLower(word[i + 1]);
        }
        return c >= '0' && c <= '9' && (isLower(before) || isUpper(before));
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z' || c >= 0x80 && Character.isLowerCase(c);
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z' || c >= 0x80 && Character.isUpperCase(c);
    }

    /** Whether the word at {@code [from, to)} comes apart into parts. */
    boolean splits(char[] chars, int from, int to) {
        List<String> parts = parts(chars, from, to);
        return parts != null && parts.size() > 1;
    }

    /** The word's parts: itself if it is known or nothing known comes out of it. */
    List<String> parts(String word) {
        List<String> parts = parts(word.toCharArray(), 0, word.length());
        return parts == null ? List.of(word) : parts;
    }

    /** The parts of the word at {@code [from, to)}, or null if it stays whole. */
    private List<String> parts(char[] chars, int from, int to) {
        if (isKnown(chars, from, to)) {
            return null;
        }
        boolean lower = false;
        for (int i = from; i < to && !lower; i++) {
            lower = isLower(chars[i]);
        }
        if (!lower) { // "TECHNICALSKILLS", "SPRINGJ2EE", "JAVA8"
            return capitalsAsTerms(chars, from, to);
        }
        int[] starts = new int[to - from + 1];
        int pieces = 0;
        starts[0] = from;
        for (int i = from + 1; i < to; i++) {
            if (boundaryBefore(chars, i, to)) {
                starts[++pieces] = i;
            }
        }
        starts[++pieces] = to;
        List<String> parts = new ArrayList<>();
        boolean anyKnown = false;
        for (int i = 0; i < pieces; ) {
            int last = i;
            for (int j = pieces - 1; j > i; j--) { // the longest run of pieces that is known
                if (isKnown(chars, starts[i], starts[j + 1])) {
                    last = j;
                    break;
                }
            }
            int partFrom = starts[i];
            int partTo = starts[last + 1];
            if (isKnown(chars, partFrom, partTo)) {
                parts.add(new String(chars, partFrom, partTo - partFrom));
                anyKnown = true;
            } else {
                List<String> terms = capitalsAsTerms(chars, partFrom, partTo);
                anyKnown |= terms != null;
                parts.addAll(terms != null ? terms : List.of(new String(chars, partFrom, partTo - partFrom)));
            }
            i = last + 1;
        }
        return anyKnown ? parts : null;
    }

    /**
     * A part in capitals made of known terms, e.g. "TECHNICALSKILLS", as those terms (the fewest), or
     * null. Digits may stand alone ("JAVA8"), and the last part may be one letter, as in "EDUCATIONB" of
     * "EDUCATIONB.Tech".
     */
    private List<String> capitalsAsTerms(char[] chars, int from, int to) {
        int n = to - from;
        boolean digits = false;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (isDigit(c)) {
                digits = true;
            } else if (!isUpper(c)) {
                return null;
            }
        }
        if (n < (digits ? SHORTEST_GLUED : SHORTEST_CAPITALS)) {
            return null;
        }
        int[] cuts = new int[n + 1]; // fewest terms for the first i chars, or -1
        int[] previous = new int[n + 1];
        java.util.Arrays.fill(cuts, -1);
        cuts[0] = 0;
        // forward: from each start that can be reached, every known term (or digits) starting there, the
        // hash of the lower case grown char by char
        for (int start = 0; start < n; start++) {
            if (cuts[start] < 0) {
                continue;
            }
            int hash = 0;
            boolean digitsOnly = true;
            boolean ascii = true;
            for (int end = start + 1; end <= n; end++) {
                char c = chars[from + end - 1];
                hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
                digitsOnly &= isDigit(c);
                ascii &= c < 0x80;
                boolean term = digitsOnly || (end - start >= 2
                        ? ascii ? isKnown(chars, from + start, from + end, hash) : isKnown(chars, from + start, from + end)
                        : end == n && start > 0);
                if (term && (cuts[end] < 0 || cuts[start] + 1 < cuts[end])) {
                    cuts[end] = cuts[start] + 1;
                    previous[end] = start;
                }
            }
        }
        if (cuts[n] < 2) {
            return null;
        }
        List<String> terms = new ArrayList<>();
        for (int end = n; end > 0; end = previous[end]) {
            terms.add(0, new String(chars, from + previous[end], end - previous[end]));
        }
        return terms;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** Whether the chars at {@code [from, to)}, in lower case, are a known term; no String for ASCII. */
    private boolean isKnown(char[] chars, int from, int to) {
        int hash = 0;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c >= 0x80) {
                return isKnown(new String(chars, from, to - from).toLowerCase(Locale.ROOT));
            }
            hash = 31 * hash + (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        }
        return isKnown(chars, from, to, hash);
    }

    /** {@link #isKnown(char[], int, int)} of ASCII chars whose lower case has the hash given. */
    private boolean isKnown(char[] chars, int from, int to, int hash) {
        for (int slot = (hash ^ (hash >>> 16)) & mask; slots[slot] != null; slot = (slot + 1) & mask) {
            char[] term = slots[slot];
            if (term.length == to - from && hashes[slot] == hash && sameLowerCase(term, chars, from)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameLowerCase(char[] term, char[] chars, int from) {
        for (int i = 0; i < term.length; i++) {
            char c = chars[from + i];
            if (term[i] != (c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c)) {
                return false;
            }
        }
        return true;
    }
}
