package io.recruitflow.classifier.scoring;

import io.recruitflow.classifier.rolemodel.Signal;
import io.recruitflow.classifier.rolemodel.SignalKind;
import io.recruitflow.contracts.skills.SkillNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A {@link Signal} ready to match: its phrases and skill aliases compiled into a shared
 * {@link PhraseIndex}, in the order they are tried.
 *
 * <p>Skills match three ways: a structured skill (name or keyword) whose canonical name is listed;
 * and in free text, any alias of a listed skill except the model's ambiguous aliases ("go", "rest",
 * "less", "ruby", ...), which are ordinary words or given names and would count prose or a person's
 * name as a skill. Those skills still count when the candidate lists them as structured skills.
 */
final class CompiledSignal {

    private final Signal signal;
    private final boolean title;
    private final Set<String> skills;
    private final int[] phrases;
    private final int[] aliases;

    CompiledSignal(Signal signal, Set<String> ambiguousAliases, PhraseIndex index) {
        this.signal = signal;
        this.title = signal.kind() == SignalKind.TITLE;
        this.skills = Set.copyOf(signal.skills());
        this.phrases = signal.phrases().stream().map(Phrase::of).mapToInt(index::add).toArray();
        this.aliases = aliasSpellings(signal, ambiguousAliases).stream().map(Phrase::literal)
                .mapToInt(index::add).toArray();
    }

    Signal signal() {
        return signal;
    }

    /**
     * This signal's match in a field whose text {@code index} has just scanned into {@code matches}:
     * the first phrase that matches, else (not in a structured skill) the first alias; null if none,
     * and always null outside titles for a TITLE signal. A structured skill this signal lists is
     * matched before, by its canonical name ({@link #matchesSkills()}).
     */
    String matchIn(Field.Source source, PhraseIndex index, PhraseIndex.Matches matches) {
        if (title && source != Field.Source.TITLE) {
            return null;
        }
        String found = first(phrases, index, matches);
        if (found == null && source != Field.Source.SKILL) {
            found = first(aliases, index, matches);
        }
        return found;
    }

    /** Whether a structured skill listed in {@link #skills()} is a match: not for a TITLE signal, only in titles. */
    boolean matchesSkills() {
        return !title;
    }

    /** Canonical skill names a structured skill matches by. */
    Set<String> skills() {
        return skills;
    }

    /** Ids in the {@link PhraseIndex} of the phrases and aliases this signal tries. */
    IntStream phraseAndAliasIds() {
        return IntStream.concat(IntStream.of(phrases), IntStream.of(aliases));
    }

    private static String first(int[] ids, PhraseIndex index, PhraseIndex.Matches matches) {
        for (int id : ids) {
            String found = index.find(id, matches);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Words of the phrase in order, single spaces between; {@code word*} matches any continuation. */
    static Pattern phrasePattern(String phrase) {
        return Phrase.of(phrase).pattern();
    }

    private static List<String> aliasSpellings(Signal signal, Set<String> ambiguous) {
        Map<String, String> aliases = SkillNames.standard().aliases();
        List<String> all = new ArrayList<>();
        for (String skill : signal.skills()) {
            // sorted, longest first: "ruby on rails" before "rails", and no hash order in the output
            Set<String> spellings = new TreeSet<>((a, b) -> a.length() != b.length()
                    ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
            aliases.forEach((alias, canonical) -> {
                if (canonical.equals(skill) && !ambiguous.contains(alias)) {
                    spellings.add(TextNormalizer.normalize(alias));
                }
            });
            spellings.remove("");
            all.addAll(spellings);
        }
        return all;
    }
}
