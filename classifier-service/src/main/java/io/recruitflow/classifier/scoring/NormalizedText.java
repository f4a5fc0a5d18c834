package io.recruitflow.classifier.scoring;

import java.util.Arrays;

/**
 * The normalised text of one field at a time ({@link TextNormalizer#normalize(String, NormalizedText)})
 * with its word count and its runs, in buffers that a classification reuses from field to field:
 * reading a field makes no String, only a match's text and a structured skill's name are made into
 * one. Not thread-safe.
 *
 * <p>A run is where a phrase may start, as the regex look-behind and look-ahead of {@link Phrase}
 * see it: a letter or number after a char that is none on its own (a lone or second surrogate
 * included), up to the end of the letters and numbers by code point. Without surrogates the runs
 * are the words; {@link PhraseIndex#scan} looks phrases up by them.
 */
final class NormalizedText {

    private char[] chars = new char[512];
    private int length;
    private int words;
    /** Per run: start, end and the {@link String#hashCode} of its chars. */
    private int[] runs = new int[3 * 64];
    private int runCount;
    /** Bit c set: c, a char below 64 and no letter or number, may be in the text (where .net starts). */
    private long lowSymbols;

    /** The buffer; its first {@link #length()} chars are the text. */
    char[] chars() {
        return chars;
    }

    int length() {
        return length;
    }

    /** {@link TextNormalizer#wordCount} of the text. */
    int words() {
        return words;
    }

    int runCount() {
        return runCount;
    }

    int runStart(int run) {
        return runs[3 * run];
    }

    int runEnd(int run) {
        return runs[3 * run + 1];
    }

    /** {@link String#hashCode} of the run's chars. */
    int runHash(int run) {
        return runs[3 * run + 2];
    }

    /** The run that starts at {@code position}, or -1. */
    int runStartingAt(int position) {
        int low = 0;
        int high = runCount - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            int start = runStart(mid);
            if (start == position) {
                return mid;
            } else if (start < position) {
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return -1;
    }

    /** The last run that ends before {@code position}, or -1. */
    int runBefore(int position) {
        int low = 0;
        int high = runCount - 1;
        int found = -1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            if (runEnd(mid) < position) {
                found = mid;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return found;
    }

    String substring(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /**
     * The buffer, at least {@code capacity} chars long, for the normaliser to write the text into,
     * then its runs into {@link #runs()} and {@link #set(int, int, int, long)} what it wrote.
     */
    char[] reserve(int capacity) {
        if (chars.length < capacity) {
            chars = new char[Math.max(capacity, chars.length * 2)];
        }
        return chars;
    }

    /** Where the normaliser records each run's start, end and hash, three ints a run. */
    int[] runs() {
        return runs;
    }

    /** {@link #runs()} at least twice as long, with the runs recorded so far. */
    int[] moreRuns() {
        runs = Arrays.copyOf(runs, 2 * runs.length);
        return runs;
    }

    /** Records one more run after those {@link #set(int, int, int, long)} declared. */
    void addRun(int start, int end, int hash) {
        if (3 * runCount == runs.length) {
            moreRuns();
        }
        runs[3 * runCount] = start;
        runs[3 * runCount + 1] = end;
        runs[3 * runCount + 2] = hash;
        runCount++;
    }

    void set(int length, int words, int runCount, long lowSymbols) {
        this.length = length;
        this.words = words;
        this.runCount = runCount;
        this.lowSymbols = lowSymbols;
    }

    /** False if {@code c} is certainly not in the text: a quick test before looking for it. */
    boolean mayContain(char c) {
        return c >= Long.SIZE || TextNormalizer.isWord(c) || (lowSymbols & (1L << c)) != 0;
    }

    /** The text of an already normalised string: its words counted, its runs found. */
    void set(String text) {
        int n = text.length();
        text.getChars(0, n, reserve(n), 0);
        set(n, TextNormalizer.wordCount(chars, n), 0, -1L);
        findRuns();
    }

    void clear() {
        set(0, 0, 0, 0);
    }

    /**
     * Appends the chars {@code [from, to)} of {@code source} with its runs {@code [firstRun, endRun)}
     * (which lie in those chars), a space before them if this text is not empty: the text of two lines
     * joined by a line break, normalised.
     */
    void append(NormalizedText source, int from, int to, int firstRun, int endRun) {
        if (from == to) {
            return;
        }
        int at = length == 0 ? 0 : length + 1;
        int shift = at - from;
        char[] into = reserveKeeping(at + to - from);
        if (length > 0) {
            into[length] = ' ';
        }
        System.arraycopy(source.chars, from, into, at, to - from);
        int added = 3 * (endRun - firstRun);
        while (3 * runCount + added > runs.length) {
            moreRuns();
        }
        int[] from3 = source.runs;
        for (int i = 3 * firstRun, j = 3 * runCount; i < 3 * endRun; i += 3, j += 3) {
            runs[j] = from3[i] + shift;
            runs[j + 1] = from3[i + 1] + shift;
            runs[j + 2] = from3[i + 2];
        }
        runCount += endRun - firstRun;
        length = at + to - from;
        words += endRun - firstRun;
        lowSymbols |= source.lowSymbols;
    }

    private char[] reserveKeeping(int capacity) {
        if (chars.length < capacity) {
            chars = Arrays.copyOf(chars, Math.max(capacity, chars.length * 2));
        }
        return chars;
    }

    private void findRuns() {
        boolean afterWord = false;
        for (int start = 0; start < length; start++) {
            boolean word = TextNormalizer.isWord(chars[start]);
            if (word && !afterWord) {
                int end = start;
                int hash = 0;
                while (end < length) {
                    int cp = Character.codePointAt(chars, end, length);
                    if (!TextNormalizer.isWord(cp)) {
                        break;
                    }
                    for (int next = end + Character.charCount(cp); end < next; end++) {
                        hash = 31 * hash + chars[end];
                    }
                }
                addRun(start, end, hash);
            }
            afterWord = word;
        }
    }
}
