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
    }

    boolean isKnown(String lowerCase) {
        return known.contains(lowerCase);
    }

    /** The text with glued words split by a space; the same instance if none was. */
    public String split(String text) {
        StringBuilder out = null;
        int copied = 0;
        int n = text.length();
        for (int start = 0; start < n; ) {
            if (!Character.isLetterOrDigit(text.charAt(start))) {
                start++;
                continue;
            }
            int end = start + 1;
            while (end < n && Character.isLetterOrDigit(text.charAt(end))) {
                end++;
            }
            if (end - start >= SHORTEST_GLUED && mayBeGlued(text, start, end)) {
                List<String> parts = parts(text.substring(start, end));
                if (parts.size() > 1) {
                    if (out == null) {
                        out = new StringBuilder(n + 16);
                    }
                    out.append(text, copied, start).append(String.join(" ", parts));
                    copied = end;
                }
            }
            start = end;
        }
        return out == null ? text : out.append(text, copied, n).toString();
    }

    private static boolean mayBeGlued(String text, int start, int end) {
        boolean allUpper = true;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                allUpper = false;
            }
            if (i > start && boundaryBefore(text, i, end)) {
                return true;
            }
        }
        return allUpper && end - start >= SHORTEST_CAPITALS;
    }

    /** A part starts at {@code i}: "aB", "ABc" (before the B), or a digit after a letter. */
    private static boolean boundaryBefore(String word, int i, int end) {
        char before = word.charAt(i - 1);
        char c = word.charAt(i);
        if (Character.isUpperCase(c)) {
            return Character.isLowerCase(before) || Character.isDigit(before)
                    || Character.isUpperCase(before) && i + 1 < end && Character.isLowerCase(word.charAt(i + 1));
        }
        return Character.isDigit(c) && Character.isLetter(before);
    }

    /** The word's parts: itself if it is known or nothing known comes out of it. */
    List<String> parts(String word) {
        if (isKnown(lower(word))) {
            return List.of(word);
        }
        if (word.chars().noneMatch(Character::isLowerCase)) { // "TECHNICALSKILLS", "SPRINGJ2EE", "JAVA8"
            List<String> terms = capitalsAsTerms(word);
            return terms != null ? terms : List.of(word);
        }
        List<String> pieces = new ArrayList<>();
        int from = 0;
        for (int i = 1; i < word.length(); i++) {
            if (boundaryBefore(word, i, word.length())) {
                pieces.add(word.substring(from, i));
                from = i;
            }
        }
        pieces.add(word.substring(from));

        List<String> parts = new ArrayList<>();
        boolean anyKnown = false;
        for (int i = 0; i < pieces.size(); ) {
            int last = i;
            for (int j = pieces.size() - 1; j > i; j--) { // the longest run of pieces that is known
                if (isKnown(lower(String.join("", pieces.subList(i, j + 1))))) {
                    last = j;
                    break;
                }
            }
            String part = String.join("", pieces.subList(i, last + 1));
            if (isKnown(lower(part))) {
                parts.add(part);
                anyKnown = true;
            } else {
                List<String> terms = capitalsAsTerms(part);
                anyKnown |= terms != null;
                parts.addAll(terms != null ? terms : List.of(part));
            }
            i = last + 1;
        }
        return anyKnown ? parts : List.of(word);
    }

    /**
     * A part in capitals made of known terms, e.g. "TECHNICALSKILLS", as those terms (the fewest), or
     * null. Digits may stand alone ("JAVA8"), and the last part may be one letter, as in "EDUCATIONB" of
     * "EDUCATIONB.Tech".
     */
    private List<String> capitalsAsTerms(String part) {
        int n = part.length();
        boolean digits = part.chars().anyMatch(Character::isDigit);
        if (n < (digits ? SHORTEST_GLUED : SHORTEST_CAPITALS)
                || !part.chars().allMatch(c -> Character.isUpperCase(c) || Character.isDigit(c))) {
            return null;
        }
        String lower = lower(part);
        int[] cuts = new int[n + 1]; // fewest terms for the first i chars, or -1
        int[] previous = new int[n + 1];
        java.util.Arrays.fill(cuts, -1);
        cuts[0] = 0;
        for (int end = 1; end <= n; end++) {
            for (int start = 0; start < end; start++) {
                if (cuts[start] < 0) {
                    continue;
                }
                String candidate = lower.substring(start, end);
                boolean term = candidate.chars().allMatch(Character::isDigit)
                        || (end - start >= 2 ? isKnown(candidate) : end == n && start > 0);
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
            terms.add(0, part.substring(previous[end], end));
        }
        return terms;
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }
}
