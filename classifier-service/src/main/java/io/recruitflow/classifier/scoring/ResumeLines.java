package io.recruitflow.classifier.scoring;

import java.util.Arrays;

/**
 * What {@link TextNormalizer#normalizeResume} notes of a resume's lines while it normalises the whole
 * text in its one pass: where each line starts and ends in the raw text and in the normalised one,
 * whether it has a small letter, and the raw words in it that may be glued ("SpringMVC",
 * "TECHNICALSKILLS", "Java8"). Reused from resume to resume; not thread-safe.
 */
final class ResumeLines {

    private int[] rawStart = new int[64];
    private int[] rawEnd = new int[64];
    private int[] start = new int[64];
    private int[] end = new int[64];
    private boolean[] lower = new boolean[64];
    private boolean[] xp = new boolean[64];
    private int[] runFrom = new int[64];
    private int[] runTo = new int[64];
    private int[] lettersHash = new int[64];
    private int[] lettersLength = new int[64];
    private int count;
    private int[] glued = new int[32];
    private int gluedCount;

    void clear() {
        count = 0;
        gluedCount = 0;
    }

    int count() {
        return count;
    }

    /** Start and end (exclusive) of the line in the raw text, its line break not included. */
    int rawStart(int line) {
        return rawStart[line];
    }

    int rawEnd(int line) {
        return rawEnd[line];
    }

    /** Start and end (exclusive) of the line in the normalised text; equal for a line of spaces only. */
    int start(int line) {
        return start[line];
    }

    int end(int line) {
        return end[line];
    }

    /** Whether the line has a small letter (a line in capitals may be a heading). */
    boolean hasLowerCase(int line) {
        return lower[line];
    }

    /** Whether the line has "xp" in it, in any case. */
    boolean hasXp(int line) {
        return xp[line];
    }

    /** The first run of the line and the end (exclusive) of its runs, in the normalised text. */
    int runFrom(int line) {
        return runFrom[line];
    }

    int runTo(int line) {
        return runTo[line];
    }

    /**
     * The line's first word of letters (the letters after any digits, bullets or spaces before them), as
     * the hash of its lower case ({@link String#hashCode}) and its length; length 0 if the line has no
     * letter, {@link TextNormalizer#MAY_HEAD} if that word has letters other than ASCII ones.
     */
    int firstLettersHash(int line) {
        return lettersHash[line];
    }

    int firstLettersLength(int line) {
        return lettersLength[line];
    }

    /** Raw start and end of each word that may be glued, two ints a word. */
    int gluedCount() {
        return gluedCount;
    }

    int gluedStart(int word) {
        return glued[2 * word];
    }

    int gluedEnd(int word) {
        return glued[2 * word + 1];
    }

    /** @param firstLetters the hash of the line's first word of letters in the high half, its length in the low */
    void addLine(int rawFrom, int rawTo, int from, int to, int firstRun, int endRun, boolean hasLower,
            boolean hasXp, long firstLetters) {
        if (count == start.length) {
            int size = 2 * count;
            rawStart = Arrays.copyOf(rawStart, size);
            rawEnd = Arrays.copyOf(rawEnd, size);
            start = Arrays.copyOf(start, size);
            end = Arrays.copyOf(end, size);
            lower = Arrays.copyOf(lower, size);
            xp = Arrays.copyOf(xp, size);
            runFrom = Arrays.copyOf(runFrom, size);
            runTo = Arrays.copyOf(runTo, size);
            lettersHash = Arrays.copyOf(lettersHash, size);
            lettersLength = Arrays.copyOf(lettersLength, size);
        }
        rawStart[count] = rawFrom;
        rawEnd[count] = rawTo;
        start[count] = from;
        end[count] = to;
        runFrom[count] = firstRun;
        runTo[count] = endRun;
        lower[count] = hasLower;
        xp[count] = hasXp;
        lettersHash[count] = (int) (firstLetters >>> 32);
        lettersLength[count] = (int) firstLetters;
        count++;
    }

    void addGlued(int rawFrom, int rawTo) {
        if (2 * gluedCount == glued.length) {
            glued = Arrays.copyOf(glued, 2 * glued.length);
        }
        glued[2 * gluedCount] = rawFrom;
        glued[2 * gluedCount + 1] = rawTo;
        gluedCount++;
    }
}
