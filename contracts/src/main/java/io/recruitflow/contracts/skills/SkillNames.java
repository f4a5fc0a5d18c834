package io.recruitflow.contracts.skills;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Canonical skill names ({@code Node.js}, {@code NodeJS} and {@code node} are all {@code nodejs}),
 * read from the data file {@code skills/aliases.tsv} so ingest's normalisation and the
 * classifier's role models agree on one vocabulary.
 */
public final class SkillNames {

    private static final String RESOURCE = "skills/aliases.tsv";
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");
    private static final SkillNames DEFAULT = load(RESOURCE);

    private final Map<String, String> canonicalByAlias;

    private SkillNames(Map<String, String> canonicalByAlias) {
        this.canonicalByAlias = Map.copyOf(canonicalByAlias);
    }

    public static SkillNames standard() {
        return DEFAULT;
    }

    /** The canonical name of a skill as written anywhere; unknown skills keep their folded spelling. */
    public String canonical(String skill) {
        String folded = fold(skill);
        return canonicalByAlias.getOrDefault(folded, folded);
    }

    /** The canonical name if the spelling is a known alias. */
    public Optional<String> known(String skill) {
        return Optional.ofNullable(canonicalByAlias.get(fold(skill)));
    }

    /** Every known alias (folded) with its canonical name. */
    public Map<String, String> aliases() {
        return canonicalByAlias;
    }

    /** Lower case, Unicode-normalised, single spaces, trimmed. */
    public static String fold(String text) {
        String normalized = Normalizer.normalize(text, Normalizer.Form.NFKC);
        return WHITESPACE.matcher(normalized).replaceAll(" ").trim().toLowerCase(Locale.ROOT);
    }

    static SkillNames load(String resource) {
        Map<String, String> aliases = new HashMap<>();
        try (InputStream in = SkillNames.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing skill alias file " + resource);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 2) {
                    throw new IllegalStateException(resource + ":" + number + ": expected <canonical><TAB><aliases>");
                }
                String canonical = fold(columns[0]);
                aliases.put(canonical, canonical);
                for (String alias : columns[1].split("\\|")) {
                    String previous = aliases.put(fold(alias), canonical);
                    if (previous != null && !previous.equals(canonical)) {
                        throw new IllegalStateException(resource + ":" + number + ": alias '" + alias
                                + "' already names " + previous);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new SkillNames(aliases);
    }
}
