package io.recruitflow.classifier.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A role-model phrase or skill alias, compiled once per model: its words matched literally in
 * normalised text, separated by single spaces, starting and ending on word boundaries (no letter
 * or number just before or just after); a word written {@code word*} also takes the rest of the
 * word it starts.
 *
 * <p>The regex form ({@link #pattern()}) defines the semantics. {@link #matchEnd} is the same test
 * at one position, without a regex, used by {@link PhraseIndex}, which only offers it positions
 * where the match's first word starts with {@link #key()}; a phrase without such a key (one that
 * starts with punctuation, like {@code .net}) is looked for with {@link #find} instead.
 */
final class Phrase {

    private static final String BOUNDARY_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String BOUNDARY_AFTER = "(?![\\p{L}\\p{N}])";
    private static final String CONTINUATION = "[\\p{L}\\p{N}]*";

    private final char[][] chars;
    private final boolean[] open;
    private final Pattern pattern;
    private final String key;
    private final boolean keyIsPrefix;
    /** Words without surrogates: {@link #find} needs no regex. */
    private final boolean searchable;
    /** The key is the whole first word (not only its letters and numbers up to some punctuation). */
    private final boolean keyIsFirstWord;
    /** How many chars of punctuation come before the key, as the "." of ".net": the match starts there. */
    private final int lead;

    private Phrase(List<String> stems, List<Boolean> open) {
        this.chars = stems.stream().map(String::toCharArray).toArray(char[][]::new);
        this.open = new boolean[stems.size()];
        List<String> words = new ArrayList<>();
        for (int i = 0; i < stems.size(); i++) {
            this.open[i] = open.get(i);
            words.add(Pattern.quote(stems.get(i)) + (this.open[i] ? CONTINUATION : ""));
        }
        this.pattern = Pattern.compile(BOUNDARY_BEFORE + String.join(" ", words) + BOUNDARY_AFTER);

        String first = stems.isEmpty() ? "" : stems.get(0);
        int punctuation = 0;
        while (punctuation < first.length() && first.charAt(punctuation) < 0x80
                && !TextNormalizer.isWord(first.charAt(punctuation))) {
            punctuation++;
        }
        int head = punctuation;
        while (head < first.length() && TextNormalizer.isWord(first.charAt(head))) {
            head++;
        }
        this.searchable = !stems.isEmpty() && stems.stream().allMatch(Phrase::withoutSurrogates);
        boolean indexable = head > punctuation && searchable;
        this.lead = indexable ? punctuation : 0;
        // a first word of letters and numbers only, open, continues in the text's word: a prefix of it
        this.keyIsPrefix = indexable && lead == 0 && head == first.length() && this.open[0];
        this.key = indexable ? first.substring(punctuation, head) : null;
        this.keyIsFirstWord = indexable && lead == 0 && head == first.length();
    }

    /** A role-model phrase: words in order, single spaces between; {@code word*} matches any continuation. */
    static Phrase of(String phrase) {
        List<String> stems = new ArrayList<>();
        List<Boolean> open = new ArrayList<>();
        for (String word : phrase.trim().split("\\s+")) {
            boolean isOpen = word.endsWith("*");
            String stem = TextNormalizer.normalize(isOpen ? word.substring(0, word.length() - 1) : word);
            if (!stem.isEmpty()) {
                stems.add(stem);
                open.add(isOpen);
            }
        }
        return new Phrase(stems, open);
    }

    /** A skill alias as written (already normalised): matched exactly, on word boundaries. */
    static Phrase literal(String spelling) {
        // normalised text has single spaces between words: a word at a time, so the index sees the second word
        List<String> stems = List.of(spelling.split(" ", -1));
        return new Phrase(stems, stems.stream().map(stem -> false).toList());
    }

    Pattern pattern() {
        return pattern;
    }

    /** The identity of the matcher: phrases with the same regex match the same text. */
    String source() {
        return pattern.pattern();
    }

    /**
     * What the text's word (maximal run of letters and numbers) at a match's start equals, or starts
     * with if {@link #keyIsPrefix()}; null if this phrase must be matched with its regex.
     */
    String key() {
        return key;
    }

    boolean keyIsPrefix() {
        return keyIsPrefix;
    }

    int wordCount() {
        return chars.length;
    }

    /**
     * The {@link String#hashCode} of the second word if a text's run of that hash must follow the first
     * word for a match (the first word is the key, the second is letters and numbers, not open); else 0,
     * and the phrase is confirmed wherever its key is found.
     */
    int secondWordHash() {
        if (!keyIsFirstWord || chars.length < 2 || open[1] || chars[1].length == 0) {
            return 0;
        }
        int hash = 0;
        for (char c : chars[1]) {
            if (!TextNormalizer.isWord(c)) {
                return 0;
            }
            hash = 31 * hash + c;
        }
        return hash == 0 ? 0 : hash;
    }

    /** The chars of punctuation before the key ("." of ".net"): a match starts that far before the key. */
    int lead() {
        return lead;
    }

    /**
     * The end of this phrase's match starting at {@code start}, or -1, where the index found its key
     * as (or, if {@link #keyIsPrefix()}, at the start of) the word from {@code start} to
     * {@code wordEnd}, with no letter or number before it. Equivalent there to the regex anchored at
     * {@code start} in the first {@code n} chars. If the key is the whole first word, that word has
     * matched already.
     */
    int matchEnd(char[] text, int n, int start, int wordEnd) {
        if (lead > 0) {
            int from = start - lead;
            if (from < 0 || from > 0 && TextNormalizer.isWord(text[from - 1])) {
                return -1;
            }
            for (int i = 0; i < lead; i++) {
                if (text[from + i] != chars[0][i]) {
                    return -1;
                }
            }
            return wordsFrom(text, n, from, 0);
        }
        if (!keyIsFirstWord) {
            return wordsFrom(text, n, start, 0);
        }
        // the word is the stem (or, open, the stem and its continuation) and no letter or number follows
        return chars.length == 1 ? wordEnd : wordsFrom(text, n, wordEnd, 1);
    }

    /**
     * The leftmost match in {@code normalized} as {@code {start, end}}, or
     * null: for a phrase the index cannot look up by key, like {@code .net}. Each occurrence of the
     * first word, left to right, is tried as a start; the regex only for words with surrogates.
     */
    int[] find(NormalizedText normalized) {
        return find(normalized, 0);
    }

    /** The leftmost match that starts at {@code from} or later, as {@link #find(NormalizedText)} gives it. */
    int[] find(NormalizedText normalized, int from) {
        char[] text = normalized.chars();
        int n = normalized.length();
        if (!searchable) {
            Matcher matcher = pattern.matcher(new String(text, 0, n));
            return matcher.find(Math.min(from, n)) ? new int[] {matcher.start(), matcher.end()} : null;
        }
        if (!normalized.mayContain(chars[0].length == 0 ? ' ' : chars[0][0])) {
            return null;
        }
        for (int start = indexOf(chars[0], text, n, from); start >= 0;
                start = indexOf(chars[0], text, n, start + 1)) {
            if (start == 0 || !TextNormalizer.isWord(text[start - 1])) {
                int end = wordsFrom(text, n, start, 0);
                if (end >= 0) {
                    return new int[] {start, end};
                }
            }
        }
        return null;
    }

    /** Where {@code word} first occurs in the first {@code n} chars of {@code text} from {@code from} on, or -1. */
    private static int indexOf(char[] word, char[] text, int n, int from) {
        candidates:
        for (int at = from; at <= n - word.length; at++) {
            for (int i = 0; i < word.length; i++) {
                if (text[at + i] != word[i]) {
                    continue candidates;
                }
            }
            return at;
        }
        return -1;
    }

    /** Words {@code from} onwards at {@code at}, with the space before each but the first, then a boundary. */
    private int wordsFrom(char[] text, int n, int at, int from) {
        for (int w = from; w < chars.length; w++) {
            if (w > 0) {
                if (at >= n || text[at] != ' ') {
                    return -1;
                }
                at++;
            }
            char[] stem = chars[w];
            if (n - at < stem.length) {
                return -1;
            }
            for (int i = 0; i < stem.length; i++) {
                if (text[at + i] != stem[i]) {
                    return -1;
                }
            }
            at += stem.length;
            if (open[w]) {
                while (at < n) {
                    int cp = Character.codePointAt(text, at, n);
                    if (!TextNormalizer.isWord(cp)) {
                        break;
                    }
                    at += Character.charCount(cp);
                }
            }
        }
        return at < n && TextNormalizer.isWord(Character.codePointAt(text, at, n)) ? -1 : at;
    }

    private static boolean withoutSurrogates(String stem) {
        return stem.chars().noneMatch(c -> Character.isSurrogate((char) c));
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
