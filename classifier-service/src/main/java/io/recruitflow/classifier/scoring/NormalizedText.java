package io.recruitflow.classifier.scoring;

/**
 * The normalised text of one field at a time ({@link TextNormalizer#normalize(String, NormalizedText)})
 * with its word count, in a char buffer that a classification reuses from field to field: reading a
 * field makes no String, only a match's text and a structured skill's name are made into one.
 * Not thread-safe.
 */
final class NormalizedText {

    private char[] chars = new char[512];
    private int length;
    private int words;

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

    String substring(int start, int end) {
        return new String(chars, start, end - start);
    }

    @Override
    public String toString() {
        return new String(chars, 0, length);
    }

    /** The buffer, at least {@code capacity} chars long, for {@link #set(int, int)} to declare its text. */
    char[] reserve(int capacity) {
        if (chars.length < capacity) {
            chars = new char[Math.max(capacity, chars.length * 2)];
        }
        return chars;
    }

    void set(int length, int words) {
        this.length = length;
        this.words = words;
    }

    /** The text of an already normalised string, its words counted. */
    void set(String text) {
        int n = text.length();
        text.getChars(0, n, reserve(n), 0);
        set(n, TextNormalizer.wordCount(chars, n));
    }

    void clear() {
        set(0, 0);
    }

}
