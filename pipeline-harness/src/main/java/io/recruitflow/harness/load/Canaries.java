package io.recruitflow.harness.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Canary personal data: values shaped so that they cannot occur by accident, and a scanner that finds
 * any of them in a file (a service log). Names are {@code Cnry<word> <Word>}, e-mails
 * {@code cnry.<word>@canary.example.org}, phones {@code +44 7700 <3 digits> <3 digits>}.
 */
public final class Canaries {

    static final String NAME_PREFIX = "Cnry";
    static final String EMAIL_USER_PREFIX = "cnry.";
    static final String EMAIL_DOMAIN = "@canary.example.org";
    private static final String PHONE_PREFIX = "+44 7700 ";

    /** Any canary of any candidate, case-insensitively (a resume header is upper-cased). */
    static final Pattern ANY = Pattern.compile(
            "cnry\\.[a-z]+@canary\\.example\\.org|cnry[a-z]{2,} [a-z]+|canary\\.example\\.org|\\+44 7700 \\d{3} \\d{3}",
            Pattern.CASE_INSENSITIVE);

    private static final String CONSONANTS = "bcdfghjklmnpqrstvwxz";
    private static final String VOWELS = "aeiouy";

    private Canaries() {
    }

    /** A pronounceable word, distinct for distinct (seed, index). */
    static String word(String seed, int index) {
        long value = Integer.toUnsignedLong(seed.hashCode()) * 1_000_003L + index;
        StringBuilder word = new StringBuilder();
        do {
            word.append(CONSONANTS.charAt((int) (value % CONSONANTS.length())));
            value /= CONSONANTS.length();
            word.append(VOWELS.charAt((int) (value % VOWELS.length())));
            value /= VOWELS.length();
        } while (value > 0);
        return Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    static String phone(int index) {
        String digits = "%06d".formatted(index % 1_000_000);
        return PHONE_PREFIX + digits.substring(0, 3) + " " + digits.substring(3);
    }

    /** A canary found in a file: where, and the value (which the report may show: it is synthetic). */
    public record Leak(Path file, int line, String value) {

        @Override
        public String toString() {
            return file.getFileName() + ":" + line + ": " + value;
        }
    }

    /** Every canary in the given files; empty when none leaked. */
    public static List<Leak> scan(Collection<Path> files) {
        List<Leak> leaks = new ArrayList<>();
        for (Path file : files) {
            if (!Files.exists(file)) {
                continue;
            }
            try (var lines = Files.lines(file, StandardCharsets.UTF_8)) {
                int[] number = {0};
                lines.forEach(line -> {
                    number[0]++;
                    Matcher matcher = ANY.matcher(line);
                    while (matcher.find()) {
                        leaks.add(new Leak(file, number[0], matcher.group()));
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                throw new UncheckedIOException("Cannot read " + file, e instanceof IOException io ? io
                        : ((UncheckedIOException) e).getCause());
            }
        }
        return leaks;
    }

    /**
     * The canaries among {@code wanted} (compared case-insensitively) that occur in {@code bytes}, a
     * record value read as UTF-8.
     */
    public static List<String> find(byte[] bytes, Set<String> wantedLowerCase) {
        List<String> found = new ArrayList<>();
        Matcher matcher = ANY.matcher(new String(bytes, StandardCharsets.UTF_8));
        while (matcher.find()) {
            if (wantedLowerCase.contains(matcher.group().toLowerCase(Locale.ROOT))) {
                found.add(matcher.group());
            }
        }
        return found;
    }
}
