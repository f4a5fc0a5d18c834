package io.recruitflow.classifier.scoring;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns messy resume text into one comparable form: common UTF-8-read-as-Windows-1252 sequences
 * repaired, NFKC (full-width letters, ligatures, non-breaking spaces), lower case, bullets and
 * dashes as spaces, curly quotes as straight ones, single spaces. Role-model phrases and skill
 * aliases go through the same function, so both sides of a match agree.
 */
final class TextNormalizer {

    // Mojibake of the punctuation resumes use most; repaired before NFKC because it is case-sensitive.
    private static final Map<String, String> MOJIBAKE = Map.ofEntries(
            Map.entry("â€¢", "•"), Map.entry("â€“", "–"), Map.entry("â€”", "—"),
            Map.entry("â€™", "'"), Map.entry("â€˜", "'"), Map.entry("â€œ", "\""),
            Map.entry("â€\u009d", "\""), Map.entry("â€¦", "..."), Map.entry("â–ª", "▪"),
            Map.entry("Â\u00a0", " "), Map.entry("Â ", " "));
    private static final Pattern MOJIBAKE_PATTERN = Pattern.compile(
            String.join("|", MOJIBAKE.keySet().stream().sorted().map(Pattern::quote).toList()));
    private static final Pattern BULLETS_AND_DASHES =
            Pattern.compile("[•▪▫●◦‣∙·■□►▶▸➢➤✓✔✗★☆*\\-‐‑‒–—―−_|]");
    private static final Pattern QUOTES = Pattern.compile("[‘’‚‛′`´]");
    private static final Pattern SPACES = Pattern.compile("[\\s\\p{Z}\\p{Cc}\\p{Cf}]+");
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

    private TextNormalizer() {
    }

    static String normalize(String raw) {
        if (raw == null || raw.isEmpty()) {
            return "";
        }
        Matcher mojibake = MOJIBAKE_PATTERN.matcher(raw);
        String text = mojibake.replaceAll(m -> Matcher.quoteReplacement(MOJIBAKE.get(m.group())));
        text = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        text = BULLETS_AND_DASHES.matcher(text).replaceAll(" ");
        text = QUOTES.matcher(text).replaceAll("'");
        return SPACES.matcher(text).replaceAll(" ").trim();
    }

    static int wordCount(String normalized) {
        Matcher words = WORD.matcher(normalized);
        int count = 0;
        while (words.find()) {
            count++;
        }
        return count;
    }
}
