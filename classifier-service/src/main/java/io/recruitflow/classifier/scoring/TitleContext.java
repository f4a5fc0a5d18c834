package io.recruitflow.classifier.scoring;

import java.util.Set;

/**
 * Whether a job title written in free text is the candidate's own: "working as a Java developer",
 * "Java Developer - Acme", "Jr. Java Developer", but not "reported to the backend engineer" or
 * "worked with a QA engineer". A title right after a determiner or a preposition names someone
 * else, unless "as", a form of "be" or "promoted to" comes before ("I am a", "joined as the").
 * Plurals never match a title phrase in the first place, so "worked with backend developers" is no
 * title at all.
 */
final class TitleContext {

    private static final Set<String> SOMEONE_ELSE = Set.of("the", "a", "an", "our", "their", "his", "her", "its",
            "your", "other", "another", "each", "every", "any", "with", "to", "by", "for", "from", "under", "alongside",
            "supporting", "assisting", "assisted", "supported", "helped", "mentored", "managed", "hired", "trained",
            "interviewed", "coached", "guided");
    private static final Set<String> OWN = Set.of("as", "am", "is", "was", "were", "are", "be", "been", "being",
            "became", "become", "becoming", "promoted", "moved", "transitioned", "rose", "grew", "elevated", "joined",
            "i'm", "im");

    private TitleContext() {
    }

    /** Whether the title starting at {@code start} of the normalised text is the candidate's own. */
    static boolean ownTitle(char[] text, int start) {
        int wordEnd = start - 1; // normalised text has one space between words
        if (wordEnd <= 0 || text[wordEnd] != ' ') {
            return true; // at the start, or after punctuation ("role: java developer")
        }
        String previous = wordBefore(text, wordEnd);
        if (previous == null || !SOMEONE_ELSE.contains(previous)) {
            return true;
        }
        int beforeStart = wordEnd - previous.length() - 1;
        String earlier = beforeStart > 0 && text[beforeStart] == ' ' ? wordBefore(text, beforeStart) : null;
        return earlier != null && OWN.contains(earlier);
    }

    /** The word (letters, numbers and ') that ends at {@code end}, exclusive, or null. */
    private static String wordBefore(char[] text, int end) {
        int start = end;
        while (start > 0 && (TextNormalizer.isWord(text[start - 1]) || text[start - 1] == '\'')) {
            start--;
        }
        return start == end ? null : new String(text, start, end - start);
    }
}
