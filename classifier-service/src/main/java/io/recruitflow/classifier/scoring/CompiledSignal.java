package io.recruitflow.classifier.scoring;

import io.recruitflow.classifier.rolemodel.Signal;
import io.recruitflow.classifier.rolemodel.SignalKind;
import io.recruitflow.contracts.skills.SkillNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@link Signal} ready to match: phrases and skill aliases compiled to word-boundary patterns.
 *
 * <p>Skills match three ways: a structured skill (name or keyword) whose canonical name is listed;
 * and in free text, any alias of a listed skill except the model's ambiguous aliases ("go", "rest",
 * "less", "ruby", ...), which are ordinary words or given names and would count prose or a person's
 * name as a skill. Those skills still count when the candidate lists them as structured skills.
 */
final class CompiledSignal {

    private static final String BOUNDARY_BEFORE = "(?<![\\p{L}\\p{N}])";
    private static final String BOUNDARY_AFTER = "(?![\\p{L}\\p{N}])";

    private final Signal signal;
    private final Set<String> skills;
    private final List<Pattern> phrases;
    private final List<Pattern> aliases;

    CompiledSignal(Signal signal, Set<String> ambiguousAliases) {
        this.signal = signal;
        this.skills = Set.copyOf(signal.skills());
        this.phrases = signal.phrases().stream().map(CompiledSignal::phrasePattern).toList();
        this.aliases = aliasPatterns(signal.skills(), ambiguousAliases);
    }

    Signal signal() {
        return signal;
    }

    /** The first match in field order, or empty; one per signal, so repetition adds nothing. */
    Optional<Hit> firstHit(List<Field> fields) {
        for (Field field : fields) {
            if (signal.kind() == SignalKind.TITLE && field.source() != Field.Source.TITLE) {
                continue;
            }
            if (field.source() == Field.Source.SKILL && skills.contains(field.skill())) {
                return Optional.of(new Hit(this, field.path(), field.skill()));
            }
            Optional<String> found = find(phrases, field.text());
            if (found.isEmpty() && field.source() != Field.Source.SKILL) {
                found = find(aliases, field.text());
            }
            if (found.isPresent()) {
                return Optional.of(new Hit(this, field.path(), found.get()));
            }
        }
        return Optional.empty();
    }

    record Hit(CompiledSignal signal, String field, String matchedText) {
    }

    private static Optional<String> find(List<Pattern> patterns, String text) {
        for (Pattern pattern : patterns) {
            Matcher matcher = pattern.matcher(text);
            if (matcher.find()) {
                return Optional.of(matcher.group());
            }
        }
        return Optional.empty();
    }

    /** Words of the phrase in order, single spaces between; {@code word*} matches any continuation. */
    static Pattern phrasePattern(String phrase) {
        List<String> words = new ArrayList<>();
        for (String word : phrase.trim().split("\\s+")) {
            boolean open = word.endsWith("*");
            String stem = TextNormalizer.normalize(open ? word.substring(0, word.length() - 1) : word);
            if (!stem.isEmpty()) {
                words.add(Pattern.quote(stem) + (open ? "[\\p{L}\\p{N}]*" : ""));
            }
        }
        return Pattern.compile(BOUNDARY_BEFORE + String.join(" ", words) + BOUNDARY_AFTER);
    }

    private static List<Pattern> aliasPatterns(List<String> skills, Set<String> ambiguous) {
        Map<String, String> aliases = SkillNames.standard().aliases();
        List<Pattern> patterns = new ArrayList<>();
        for (String skill : skills) {
            // sorted, longest first: "ruby on rails" before "rails", and no hash order in the output
            Set<String> spellings = new TreeSet<>((a, b) -> a.length() != b.length()
                    ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
            aliases.forEach((alias, canonical) -> {
                if (canonical.equals(skill) && !ambiguous.contains(alias)) {
                    spellings.add(TextNormalizer.normalize(alias));
                }
            });
            spellings.remove("");
            for (String spelling : spellings) {
                patterns.add(Pattern.compile(BOUNDARY_BEFORE + Pattern.quote(spelling) + BOUNDARY_AFTER));
            }
        }
        return patterns;
    }
}
