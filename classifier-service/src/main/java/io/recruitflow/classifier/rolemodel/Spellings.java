package io.recruitflow.classifier.rolemodel;

import io.recruitflow.contracts.skills.SkillNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How a role model knows skills by name: every spelling (folded, as {@link SkillNames#fold} does it)
 * with its canonical name, and the spellings that are ordinary words or names as well. Ingest's
 * {@code skills/aliases.tsv}, plus the vocabulary's technologies when the model refers to the
 * vocabulary. Immutable.
 */
public final class Spellings {

    private final Map<String, String> canonicalBySpelling;
    private final Map<String, List<String>> spellingsByCanonical = new HashMap<>();
    private final Set<String> ambiguous;

    private Spellings(Map<String, String> canonicalBySpelling, Set<String> ambiguous) {
        this.canonicalBySpelling = Map.copyOf(canonicalBySpelling);
        this.ambiguous = Set.copyOf(ambiguous);
        canonicalBySpelling.forEach((spelling, canonical) ->
                spellingsByCanonical.computeIfAbsent(canonical, c -> new ArrayList<>()).add(spelling));
    }

    /**
     * @param ambiguousAliases spellings of {@code skills/aliases.tsv} the model counts only where skills are listed
     * @param vocabulary       the vocabulary's technologies to add, or null
     */
    static Spellings of(Set<String> ambiguousAliases, Vocabulary vocabulary) {
        Map<String, String> canonical = new HashMap<>(SkillNames.standard().aliases());
        Set<String> ambiguous = new HashSet<>();
        ambiguousAliases.forEach(alias -> ambiguous.add(SkillNames.fold(alias)));
        if (vocabulary != null) {
            for (Vocabulary.Technology technology : vocabulary.technologies()) {
                String name = SkillNames.fold(technology.canonical());
                add(canonical, name, name);
                for (Vocabulary.Spelling spelling : technology.spellings()) {
                    String folded = SkillNames.fold(spelling.text());
                    add(canonical, folded, name);
                    if (spelling.ambiguous()) {
                        ambiguous.add(folded);
                    }
                }
            }
        }
        return new Spellings(canonical, ambiguous);
    }

    private static void add(Map<String, String> canonical, String spelling, String name) {
        String previous = canonical.putIfAbsent(spelling, name);
        if (previous != null && !previous.equals(name)) {
            throw new IllegalStateException("vocabulary: '" + spelling + "' is a spelling of '" + name
                    + "' and already names '" + previous + "' (skills/aliases.tsv or an earlier line)");
        }
    }

    /** Every spelling (folded) with its canonical name; canonical names name themselves. */
    public Map<String, String> canonicalBySpelling() {
        return canonicalBySpelling;
    }

    /** Every spelling (folded) of a canonical name, the name itself included; in no particular order. */
    public List<String> spellingsOf(String canonical) {
        return List.copyOf(spellingsByCanonical.getOrDefault(canonical, List.of()));
    }

    /** The canonical name of a skill as written; unknown skills keep their folded spelling. */
    public String canonical(String skill) {
        String folded = SkillNames.fold(skill);
        return canonicalBySpelling.getOrDefault(folded, folded);
    }

    /** The canonical name if the name is canonical or a known spelling. */
    public Optional<String> known(String skill) {
        return Optional.ofNullable(canonicalBySpelling.get(SkillNames.fold(skill)));
    }

    /** Whether a spelling (folded) is an ordinary word or name too, counted only where skills are listed. */
    public boolean ambiguous(String folded) {
        return ambiguous.contains(folded);
    }
}
