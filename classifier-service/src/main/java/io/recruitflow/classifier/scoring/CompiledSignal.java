package io.recruitflow.classifier.scoring;

import io.recruitflow.classifier.rolemodel.Signal;
import io.recruitflow.classifier.rolemodel.SignalKind;
import io.recruitflow.classifier.rolemodel.Spellings;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A {@link Signal} ready to match: its phrases and skill spellings compiled into a shared
 * {@link PhraseIndex}, in the order they are tried.
 *
 * <p>Skills match three ways: a structured skill (name or keyword) whose canonical name is listed;
 * in the skills sections of a resume, any spelling of a listed skill; and in other free text, any
 * spelling except those that are ordinary words or given names ("go", "rest", "spring", "ruby",
 * ...: the model's ambiguous aliases and the vocabulary's {@code ~} spellings), which would count
 * prose or a person's name as a skill.
 *
 * <p>TITLE and SENIORITY signals match phrases only. In title fields they count with their whole
 * weight; in free text, if the model gives titles there a share of their weight
 * ({@link io.recruitflow.classifier.rolemodel.Reading#titleInTextFactor()}), a title counts where it
 * is the candidate's own ({@link TitleContext}) and a seniority word where it stands right before or
 * after such a title ("jr java developer", "developer intern").
 */
final class CompiledSignal {

    /** How many words before a seniority word a title that ends right before it may start. */
    private static final int TITLE_WORDS_BEFORE = 4;

    private final Signal signal;
    private final SignalKind kind;
    private final double titleInTextFactor;
    private final Set<String> skills;
    private final int[] phrases;
    private final int[] aliases;
    private final int[] listedAliases;

    CompiledSignal(Signal signal, Spellings spellings, double titleInTextFactor, PhraseIndex index) {
        this.signal = signal;
        this.kind = signal.kind();
        this.titleInTextFactor = titleInTextFactor;
        this.skills = Set.copyOf(signal.skills());
        this.phrases = signal.phrases().stream().map(Phrase::of).mapToInt(index::add).toArray();
        this.aliases = spellingsOf(signal, spellings, false).stream().map(Phrase::literal).mapToInt(index::add)
                .toArray();
        this.listedAliases = spellingsOf(signal, spellings, true).stream().map(Phrase::literal).mapToInt(index::add)
                .toArray();
    }

    Signal signal() {
        return signal;
    }

    boolean isTitle() {
        return kind.isTitle();
    }

    /** The share of the signal's weight a match in a field of this source counts with. */
    double factor(Field.Source source) {
        return kind.isTitle() && source == Field.Source.TEXT ? titleInTextFactor : 1;
    }

    /**
     * This signal's match in a field whose text {@code index} has just scanned into {@code matches}:
     * the first phrase that matches, else the first spelling that counts in this field; null if none.
     * A structured skill this signal lists is matched before, by its canonical name
     * ({@link #matchesSkills()}).
     *
     * @param titlePhrases by phrase id: whether it is a title, for a seniority word in free text
     */
    String matchIn(Field.Source source, PhraseIndex index, PhraseIndex.Matches matches, boolean[] titlePhrases) {
        if (kind.isTitle()) {
            return switch (source) {
                case TITLE -> first(phrases, index, matches);
                case TEXT -> titleInTextFactor > 0 ? titleInText(index, matches, titlePhrases) : null;
                case SKILL, SKILL_LIST -> null;
            };
        }
        String found = first(phrases, index, matches);
        if (found == null && source != Field.Source.SKILL) {
            found = first(aliases, index, matches);
        }
        if (found == null && source == Field.Source.SKILL_LIST) {
            found = first(listedAliases, index, matches);
        }
        return found;
    }

    /** Whether a structured skill listed in {@link #skills()} is a match: not for TITLE and SENIORITY signals. */
    boolean matchesSkills() {
        return !kind.isTitle();
    }

    /** Canonical skill names a structured skill matches by. */
    Set<String> skills() {
        return skills;
    }

    /** Ids in the {@link PhraseIndex} of the phrases and spellings this signal tries. */
    IntStream phraseAndAliasIds() {
        return IntStream.concat(IntStream.of(phrases), IntStream.concat(IntStream.of(aliases),
                IntStream.of(listedAliases)));
    }

    /** Ids in the {@link PhraseIndex} of this signal's phrases. */
    int[] phraseIds() {
        return phrases.clone();
    }

    private String titleInText(PhraseIndex index, PhraseIndex.Matches matches, boolean[] titlePhrases) {
        NormalizedText text = index.text(matches);
        char[] chars = text.chars();
        for (int id : phrases) {
            int[] at = index.position(id, matches);
            while (at != null) {
                if (kind == SignalKind.TITLE ? TitleContext.ownTitle(chars, at[0])
                        : nextToTitle(text, at, index, titlePhrases)) {
                    return text.substring(at[0], at[1]);
                }
                at = at[1] > at[0] ? index.phrase(id).find(text, at[0] + 1) : null;
            }
        }
        return null;
    }

    /** A seniority word right before the candidate's own title, or right after a title. */
    private static boolean nextToTitle(NormalizedText text, int[] at, PhraseIndex index, boolean[] titlePhrases) {
        char[] chars = text.chars();
        int gap = at[1];
        while (gap < text.length() && gap - at[1] < 2 && (chars[gap] == '.' || chars[gap] == ',')) {
            gap++; // "jr. java developer"
        }
        int next = gap < text.length() && chars[gap] == ' ' ? text.runStartingAt(gap + 1) : -1;
        if (next >= 0 && index.matchesAt(text, next, titlePhrases, -1) && TitleContext.ownTitle(chars, at[0])) {
            return true;
        }
        if (at[0] < 2 || chars[at[0] - 1] != ' ') {
            return false;
        }
        int run = text.runBefore(at[0]);
        for (int i = 0; i < TITLE_WORDS_BEFORE && run >= 0; i++, run--) {
            if (index.matchesAt(text, run, titlePhrases, at[0] - 1) && TitleContext.ownTitle(chars,
                    text.runStart(run))) {
                return true;
            }
        }
        return false;
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

    /** The normalised spellings of the signal's skills that are ordinary words ({@code listed}) or not. */
    private static List<String> spellingsOf(Signal signal, Spellings spellings, boolean listed) {
        List<String> all = new ArrayList<>();
        for (String skill : signal.skills()) {
            // sorted, longest first: "ruby on rails" before "rails", and no hash order in the output
            Set<String> forms = new TreeSet<>((a, b) -> a.length() != b.length()
                    ? Integer.compare(b.length(), a.length()) : a.compareTo(b));
            for (String spelling : spellings.spellingsOf(skill)) {
                if (spellings.ambiguous(spelling) == listed) {
                    forms.add(TextNormalizer.normalize(spelling));
                }
            }
            forms.remove("");
            all.addAll(forms);
        }
        return all;
    }
}
