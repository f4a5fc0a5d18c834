package io.recruitflow.classifier.scoring;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * All phrases and skill aliases of a role model, each once, indexed by the word their match starts
 * with, so a field is read once for all of them instead of once per regex. Built once per
 * {@link Classifier} (that is, per role-model version) and immutable; the per-call state lives in
 * {@link Matches}.
 *
 * <p>{@link #scan} walks the runs the normaliser found in a text (maximal runs of letters and
 * numbers, starting where the character before is none: {@link NormalizedText}) and, for each,
 * looks up the phrases whose key is that word or (for a leading {@code word*}) a prefix of it, by
 * the hash of its chars, then confirms each at that position with {@link Phrase#matchEnd}. Words
 * are visited left to right, so the first confirmed position of a
 * phrase is its leftmost match: the same as {@code Matcher.find()} on its regex. Phrases without a
 * key are looked for only when a signal asks for them ({@link Phrase#find}).
 */
final class PhraseIndex {

    private static final int ASCII = 0x80;

    private final List<Phrase> phrases = new ArrayList<>();
    private final Map<String, Integer> idBySource = new LinkedHashMap<>();
    private KeyTable exact;
    /**
     * Bit k set: some exact key is k chars long; by first char for ASCII, else for any key. A lookup
     * only happens where a key could be found. Exact keys longer than 63 are always looked up.
     */
    private final long[] exactLengths = new long[ASCII + 1];
    /**
     * The prefix keys by the low five bits of their first two chars ({@link #pair}), shortest first, and
     * their phrases: most words start with two letters no prefix key starts with, and the few keys that
     * may start a word are compared with it directly. Prefix keys longer than 63 are looked for on demand.
     */
    private final char[][][] prefixKeys = new char[1 << 10][][];
    private final int[][][] prefixIds = new int[1 << 10][][];
    private boolean[] indexed;
    /** {@link #phrases} once sealed, for the scan. */
    private Phrase[] sealed;

    /** Adds a phrase unless an identical one is there; returns its id. Only before {@link #seal()}. */
    int add(Phrase phrase) {
        if (exact != null) {
            throw new IllegalStateException("index already sealed");
        }
        return idBySource.computeIfAbsent(phrase.source(), s -> {
            phrases.add(phrase);
            return phrases.size() - 1;
        });
    }

    PhraseIndex seal() {
        Map<String, List<Integer>> exactKeys = new LinkedHashMap<>();
        Map<String, List<Integer>> byPrefix = new TreeMap<>(
                Comparator.comparingInt(String::length).thenComparing(Comparator.naturalOrder()));
        indexed = new boolean[phrases.size()];
        sealed = phrases.toArray(Phrase[]::new);
        for (int id = 0; id < phrases.size(); id++) {
            Phrase phrase = phrases.get(id);
            String key = phrase.key();
            if (key == null || (phrase.keyIsPrefix() && key.length() >= Long.SIZE)) {
                continue;
            }
            indexed[id] = true;
            (phrase.keyIsPrefix() ? byPrefix : exactKeys).computeIfAbsent(key, k -> new ArrayList<>()).add(id);
            if (!phrase.keyIsPrefix() && key.length() < Long.SIZE) {
                exactLengths[Math.min(key.charAt(0), ASCII)] |= 1L << key.length();
                exactLengths[ASCII] |= 1L << key.length();
            }
        }
        exact = new KeyTable(exactKeys, phrases);
        List<List<String>> keysByPair = new ArrayList<>();
        for (int pair = 0; pair < prefixKeys.length; pair++) {
            keysByPair.add(new ArrayList<>());
        }
        byPrefix.keySet().forEach(key -> {
            for (int second = 0; second < 32; second++) { // a key of one char: whatever follows it
                if (key.length() == 1 || (key.charAt(1) & 31) == second) {
                    keysByPair.get(((key.charAt(0) & 31) << 5) | second).add(key);
                }
            }
        });
        for (int pair = 0; pair < prefixKeys.length; pair++) {
            List<String> keys = keysByPair.get(pair);
            if (!keys.isEmpty()) {
                prefixKeys[pair] = keys.stream().map(String::toCharArray).toArray(char[][]::new);
                prefixIds[pair] = keys.stream().map(key -> byPrefix.get(key).stream().mapToInt(Integer::intValue)
                        .toArray()).toArray(int[][]::new);
            }
        }
        return this;
    }

    int size() {
        return phrases.size();
    }

    Phrase phrase(int id) {
        return phrases.get(id);
    }

    Matches newMatches() {
        return new Matches(phrases.size());
    }

    /**
     * Finds the leftmost match in {@code text} of every indexed phrase, forgetting the previous
     * text's; {@link Matches#matched} lists the phrases found, in the order found.
     */
    void scan(NormalizedText text, Matches matches) {
        matches.text = text;
        matches.nextText();
        char[] chars = text.chars();
        int n = text.length();
        for (int run = 0; run < text.runCount(); run++) {
            int start = text.runStart(run);
            int end = text.runEnd(run);
            int first = Math.min(chars[start], ASCII);
            int length = end - start;
            // the prefix keys that may be there, then the exact key
            int pair = pair(chars, start, length);
            char[][] prefixes = prefixKeys[pair];
            if (prefixes != null) {
                for (int k = 0; k < prefixes.length; k++) {
                    if (startsWith(chars, start, length, prefixes[k])) {
                        confirm(prefixIds[pair][k], chars, n, start, end, matches);
                    }
                }
            }
            if (length >= Long.SIZE || (exactLengths[first] & (1L << length)) != 0) {
                int key = exact.find(chars, start, length, text.runHash(run));
                if (key >= 0) {
                    confirm(exact.direct[key], chars, n, start, end, matches);
                    // phrases of two words or more only where their second word follows
                    int[] seconds = exact.secondHashes[key];
                    if (seconds.length > 0 && end < n && chars[end] == ' ' && run + 1 < text.runCount()
                            && text.runStart(run + 1) == end + 1) {
                        int next = text.runHash(run + 1);
                        for (int k = 0; k < seconds.length; k++) {
                            if (seconds[k] == next) {
                                confirm(exact.secondIds[key][k], chars, n, start, end, matches);
                            }
                        }
                    }
                }
            }
        }
    }

    private static boolean startsWith(char[] chars, int start, int length, char[] key) {
        if (key.length > length) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (chars[start + i] != key[i]) {
                return false;
            }
        }
        return true;
    }

    /** The {@link #prefixKeys} slot of the word at {@code start}: its first two chars' low five bits. */
    private static int pair(char[] chars, int start, int length) {
        return ((chars[start] & 31) << 5) | (length > 1 ? chars[start + 1] & 31 : 0);
    }

    private void confirm(int[] ids, char[] chars, int n, int start, int wordEnd, Matches matches) {
        if (ids == null) {
            return;
        }
        for (int id : ids) {
            if (matches.seen[id] != matches.generation) {
                Phrase phrase = sealed[id];
                int end = phrase.matchEnd(chars, n, start, wordEnd);
                if (end >= 0) {
                    matches.seen[id] = matches.generation;
                    matches.start[id] = start - phrase.lead();
                    matches.end[id] = end;
                    matches.matched[matches.matchedCount++] = id;
                }
            }
        }
    }

    /**
     * Whether a phrase that {@code accept} takes starts at run {@code run} of the text last scanned,
     * ending at {@code end} if that is not negative: for the words next to a match.
     */
    boolean matchesAt(NormalizedText text, int run, boolean[] accept, int end) {
        char[] chars = text.chars();
        int n = text.length();
        int start = text.runStart(run);
        int wordEnd = text.runEnd(run);
        int length = wordEnd - start;
        int first = Math.min(chars[start], ASCII);
        int pair = pair(chars, start, length);
        char[][] prefixes = prefixKeys[pair];
        for (int k = 0; prefixes != null && k < prefixes.length; k++) {
            if (startsWith(chars, start, length, prefixes[k])
                    && accepts(prefixIds[pair][k], chars, n, start, wordEnd, accept, end)) {
                return true;
            }
        }
        return (length >= Long.SIZE || (exactLengths[first] & (1L << length)) != 0)
                && accepts(exact.get(chars, start, length, text.runHash(run)), chars, n, start, wordEnd, accept, end);
    }

    private boolean accepts(int[] ids, char[] chars, int n, int start, int wordEnd, boolean[] accept, int end) {
        if (ids == null) {
            return false;
        }
        for (int id : ids) {
            if (accept[id] && phrases.get(id).lead() == 0) { // phrases that start at the run itself
                int matchEnd = phrases.get(id).matchEnd(chars, n, start, wordEnd);
                if (matchEnd >= 0 && (end < 0 || matchEnd == end)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether phrase {@code id} is looked for on demand rather than found by {@link #scan}. */
    boolean onDemand(int id) {
        return !indexed[id];
    }

    /**
     * Where phrase {@code id} matches in the text last scanned: its leftmost match, found while
     * scanning or now, as {@code {start, end}}; null if it does not.
     */
    int[] position(int id, Matches matches) {
        return find(id, matches) == null ? null : new int[] {matches.start[id], matches.end[id]};
    }

    /** The text last scanned. */
    NormalizedText text(Matches matches) {
        return matches.text;
    }

    /** The leftmost match of phrase {@code id} in the text last scanned, or null. */
    String find(int id, Matches matches) {
        if (matches.seen[id] != matches.generation) {
            if (indexed[id]) {
                return null;
            }
            matches.seen[id] = matches.generation;
            int[] match = phrases.get(id).find(matches.text);
            matches.start[id] = match == null ? -1 : match[0];
            matches.end[id] = match == null ? -1 : match[1];
        }
        int start = matches.start[id];
        return start < 0 ? null : matches.text.substring(start, matches.end[id]);
    }

    /**
     * Scratch space for one text at a time: where each phrase matched in it. A thread may reuse it
     * for any number of texts; not thread-safe.
     */
    static final class Matches {
        private final int[] seen;
        private final int[] start;
        private final int[] end;
        private final int[] matched;
        private int matchedCount;
        private int generation;
        private NormalizedText text = new NormalizedText();

        private Matches(int size) {
            seen = new int[size];
            start = new int[size];
            end = new int[size];
            matched = new int[size];
        }

        /** Forgets the last text's matches: a new generation, which no phrase has been seen in. */
        private void nextText() {
            matchedCount = 0;
            if (++generation == 0) { // after 2^32 texts: a phrase not seen since could look seen
                Arrays.fill(seen, 0);
                generation = 1;
            }
        }

        /** How many indexed phrases the last scan found. */
        int matchedCount() {
            return matchedCount;
        }

        /** The id of the i-th phrase the last scan found. */
        int matched(int i) {
            return matched[i];
        }
    }

    /**
     * Open addressing by {@code String.hashCode()} of the key, looked up from a slice of the text. A
     * slot holds the key's hash and number together, so a word that is no key (most words) costs one
     * array read. With the phrases given, a key's phrases of two words or more are grouped by the hash
     * of their second word ({@link Phrase#secondWordHash}), so a common first word ("data", "java")
     * costs a look at the next word instead of a try of every phrase it starts.
     */
    private static final class KeyTable {
        private final char[][] keys;
        private final int[][] ids;
        /** By key: the phrases tried wherever the key is found. */
        final int[][] direct;
        /** By key: the second-word hashes of its other phrases, and those phrases for each. */
        final int[][] secondHashes;
        final int[][][] secondIds;
        /** Hash in the high half, key number + 1 in the low half; 0 for an empty slot. */
        private final long[] slots;
        private final int mask;
        /**
         * One bit per hash value, set for the keys' hashes: most words are no key, and a few hundred longs
         * stay in the cache where the slots of a large vocabulary do not.
         */
        private final long[] filter = new long[1 << (FILTER_BITS - 6)];
        private static final int FILTER_BITS = 14;
        private static final int FILTER_MIX = 0x9E3779B9;

        KeyTable(Map<String, List<Integer>> byKey, List<Phrase> phrases) {
            keys = byKey.keySet().stream().map(String::toCharArray).toArray(char[][]::new);
            int[] hashes = byKey.keySet().stream().mapToInt(String::hashCode).toArray();
            ids = byKey.values().stream()
                    .map(list -> list.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            direct = new int[ids.length][];
            secondHashes = new int[ids.length][];
            secondIds = new int[ids.length][][];
            for (int e = 0; e < ids.length; e++) {
                List<Integer> always = new ArrayList<>();
                Map<Integer, List<Integer>> bySecond = new LinkedHashMap<>();
                for (int id : ids[e]) {
                    int second = phrases.get(id).secondWordHash();
                    if (second == 0) {
                        always.add(id);
                    } else {
                        bySecond.computeIfAbsent(second, h -> new ArrayList<>()).add(id);
                    }
                }
                direct[e] = always.stream().mapToInt(Integer::intValue).toArray();
                secondHashes[e] = bySecond.keySet().stream().mapToInt(Integer::intValue).toArray();
                secondIds[e] = bySecond.values().stream()
                        .map(list -> list.stream().mapToInt(Integer::intValue).toArray()).toArray(int[][]::new);
            }
            int capacity = Integer.highestOneBit(Math.max(4, keys.length * 4 - 1)) << 1;
            slots = new long[capacity];
            mask = capacity - 1;
            for (int e = 0; e < keys.length; e++) {
                int filtered = hashes[e] * FILTER_MIX;
                filter[filtered >>> (Integer.SIZE - FILTER_BITS + 6)] |= 1L << filtered;
                int slot = spread(hashes[e]) & mask;
                while (slots[slot] != 0) {
                    slot = (slot + 1) & mask;
                }
                slots[slot] = ((long) hashes[e] << 32) | (e + 1);
            }
        }

        /** All the phrases of the key that is the slice, or null. */
        int[] get(char[] text, int from, int length, int hash) {
            int key = find(text, from, length, hash);
            return key < 0 ? null : ids[key];
        }

        /** The number of the key that is the slice, or -1. */
        int find(char[] text, int from, int length, int hash) {
            int filtered = hash * FILTER_MIX;
            if ((filter[filtered >>> (Integer.SIZE - FILTER_BITS + 6)] & (1L << filtered)) == 0) {
                return -1;
            }
            for (int slot = spread(hash) & mask; slots[slot] != 0; slot = (slot + 1) & mask) {
                long entry = slots[slot];
                if ((int) (entry >>> 32) == hash) {
                    int key = (int) entry - 1;
                    if (equals(keys[key], text, from, length)) {
                        return key;
                    }
                }
            }
            return -1;
        }

        private static boolean equals(char[] key, char[] text, int from, int length) {
            if (key.length != length) {
                return false;
            }
            for (int i = 0; i < length; i++) {
                if (key[i] != text[from + i]) {
                    return false;
                }
            }
            return true;
        }

        private static int spread(int hash) {
            return hash ^ (hash >>> 16);
        }
    }
}
