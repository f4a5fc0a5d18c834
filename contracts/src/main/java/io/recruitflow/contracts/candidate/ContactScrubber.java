package io.recruitflow.contracts.candidate;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Removes contact details (e-mail addresses, phone numbers, web links) from free text such as a
 * resume body: the pipeline does not need them, so they stop at ingest. Control and invisible
 * format characters go first, so they cannot hide a number or an address from the patterns.
 */
final class ContactScrubber {

    // Starts only where a run of address characters starts, and never backtracks into it: linear
    // time on long texts without an '@' (a naive pattern is quadratic there).
    private static final Pattern EMAIL = Pattern.compile(
            "(?<![\\p{L}\\p{N}._%+-])[\\p{L}\\p{N}._%+-]++@[\\p{L}\\p{N}.-]+\\.\\p{L}{2,}");
    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?://|www\\.)\\S+");
    // Digits broken by spaces, dots, dashes or parentheses; see looksLikePhone for which runs count.
    private static final Pattern PHONE = Pattern.compile("(?<![\\p{L}\\p{N}])\\+?\\(?\\d(?:[\\s.()-]{0,2}\\d){6,}(?![\\p{L}\\p{N}])");

    // Control and invisible format characters (but line breaks and tabs) hide nothing a reader needs,
    // and inside an address or number they would split it past the patterns below.
    // The fewest digits PHONE matches: a first digit and six more.
    private static final int MIN_PHONE_DIGITS = 7;

    private static final Pattern INVISIBLE = Pattern.compile("[\\p{Cc}\\p{Cf}&&[^\\n\\r\\t]]");

    private ContactScrubber() {
    }

    static String scrub(String text) {
        if (text == null) {
            return null;
        }
        // One pass over the text says which patterns can match at all; most fields (a skill, a job
        // title) contain no '@', no "://" or "www.", no run of 7 digits: they skip the regexes.
        boolean invisible = false;
        boolean at = false;
        boolean link = false;
        int digits = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                digits++;
            } else if (c == '@') {
                at = true;
            } else if (c == ':' || c == 'w' || c == 'W') {
                link |= text.startsWith("://", i) || text.regionMatches(true, i, "www.", 0, 4);
            } else if (c < ' ' && c != '\n' && c != '\r' && c != '\t' || c >= 0x7f && mayBeInvisible(c)) {
                invisible = true;
            }
        }
        if (invisible) {
            // what they hid (a zero-width space inside "www.", say) shows once they are gone
            return scrubWithEveryPattern(text);
        }
        String scrubbed = text;
        if (at) {
            scrubbed = EMAIL.matcher(scrubbed).replaceAll("[email removed]");
        }
        if (link) {
            scrubbed = URL.matcher(scrubbed).replaceAll("[link removed]");
        }
        if (digits >= MIN_PHONE_DIGITS) {
            scrubbed = PHONE.matcher(scrubbed).replaceAll(match -> looksLikePhone(match.group())
                    ? "[phone removed]" : Matcher.quoteReplacement(match.group()));
        }
        return scrubbed;
    }

    /** The same as {@link #scrub}, the slow way: every pattern over the whole text. */
    static String scrubWithEveryPattern(String text) {
        String visible = INVISIBLE.matcher(text).replaceAll("");
        String withoutEmails = EMAIL.matcher(visible).replaceAll("[email removed]");
        String withoutLinks = URL.matcher(withoutEmails).replaceAll("[link removed]");
        return PHONE.matcher(withoutLinks).replaceAll(match -> looksLikePhone(match.group())
                ? "[phone removed]" : Matcher.quoteReplacement(match.group()));
    }

    /** A control or format character, or half of a surrogate pair (whose code point might be one). */
    private static boolean mayBeInvisible(char c) {
        int type = Character.getType(c);
        return type == Character.CONTROL || type == Character.FORMAT || Character.isSurrogate(c);
    }

    /** International numbers (leading +) from 7 digits, others from 9, so "2019-2023" stays a period. */
    private static boolean looksLikePhone(String run) {
        long digits = run.chars().filter(Character::isDigit).count();
        return run.startsWith("+") ? digits >= 7 : digits >= 9;
    }
}
