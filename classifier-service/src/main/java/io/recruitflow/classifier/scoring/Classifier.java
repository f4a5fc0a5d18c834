package io.recruitflow.classifier.scoring;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.classifier.reading.ResumeReader;
import io.recruitflow.classifier.rolemodel.Decision;
import io.recruitflow.classifier.rolemodel.RoleModel;
import io.recruitflow.classifier.rolemodel.Signal;
import io.recruitflow.classifier.rolemodel.SignalKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Scores a {@link CandidateView} against the backend engineer and backend developer role models and
 * decides one {@link CandidateRole}, with the evidence behind it.
 *
 * <p>Each signal counts once per role, with its first match in field order, so repeating a word
 * does not inflate a score. A role's score is {@code 1 - exp(-sum of matched weights / saturation)}.
 * Backend-core signals (languages, databases, APIs, hosting, ...) only gate backend against
 * {@code NOT_BACKEND}; since the Avro evidence needs a role and they belong to both role models,
 * their evidence carries role {@code HYBRID}. Signals of work elsewhere (testing, analysis,
 * operations, other occupations) count against the core weight; their evidence carries role
 * {@code NOT_BACKEND}. A title in free text counts with the model's share of its weight
 * ({@link CompiledSignal#factor}), and the evidence shows the weight that counted. The verdict, in
 * order:
 * <ol>
 *   <li>{@code INSUFFICIENT_DATA}: fewer than {@code minWords} words in all readable fields;</li>
 *   <li>{@code NOT_BACKEND}: core weight less the weight of work elsewhere below
 *       {@code minCoreWeight}, or both role scores below {@code minRoleScore};</li>
 *   <li>{@code HYBRID}: both role scores at least {@code hybridMinScore} and at most
 *       {@code hybridMaxGap} apart (or exactly equal);</li>
 *   <li>otherwise the role with the higher score.</li>
 * </ol>
 * Thresholds come from the model's {@link Decision}. A pure function: thread-safe, no clock, no
 * randomness, and no hash order in the output.
 *
 * <p>Built once per role model (version): every phrase and skill alias is compiled into one
 * {@link PhraseIndex}, so a call normalises and reads each field once, whatever the number of
 * signals, and allocates no patterns or matchers.
 */
public final class Classifier {

    private final RoleModel model;
    private final PhraseIndex index = new PhraseIndex();
    /** Engineer signals, then developer, then core, then elsewhere: the model's order, also that of the sums. */
    private final CompiledSignal[] signals;
    private final CandidateRole[] roles;
    /** For each phrase id, the signals that try it. */
    private final int[][] signalsByPhrase;
    /** For each phrase id, whether it is a phrase of a TITLE signal. */
    private final boolean[] titlePhrases;
    /** For each signal, the place of its id among all ids in order: ties of the evidence order broken by it. */
    private final int[] idRanks;
    /** Reads resume text by its sections, if the model says so; else null. */
    private final ResumeReader resumes;
    /** For each structured skill spelling, its canonical name and the signals that list it. */
    private final SkillSignals signalsBySkill;
    /** Signals with a phrase or alias the index cannot find by key: asked about every field. */
    private final int[] unkeyedSignals;
    /** Each thread's buffers, reused from call to call: a resume's text needs some kilobytes. */
    private final ThreadLocal<Reader> readers;

    public Classifier(RoleModel model) {
        this.model = model;
        List<CompiledSignal> all = new ArrayList<>();
        List<CandidateRole> allRoles = new ArrayList<>();
        compile(model.engineer(), CandidateRole.BACKEND_ENGINEER, model, all, allRoles);
        compile(model.developer(), CandidateRole.BACKEND_DEVELOPER, model, all, allRoles);
        compile(model.core(), CandidateRole.HYBRID, model, all, allRoles);
        compile(model.elsewhere(), CandidateRole.NOT_BACKEND, model, all, allRoles);
        this.index.seal();
        this.signals = all.toArray(CompiledSignal[]::new);
        this.roles = allRoles.toArray(CandidateRole[]::new);
        this.titlePhrases = new boolean[index.size()];
        for (CompiledSignal signal : signals) {
            if (signal.signal().kind() == SignalKind.TITLE) {
                for (int id : signal.phraseIds()) {
                    titlePhrases[id] = true;
                }
            }
        }
        this.idRanks = idRanks(signals);
        this.resumes = model.reading().readsResumes() ? new ResumeReader(knownTerms(model)) : null;

        List<List<Integer>> byPhrase = new ArrayList<>();
        for (int id = 0; id < index.size(); id++) {
            byPhrase.add(new ArrayList<>());
        }
        Map<String, List<Integer>> bySkill = new HashMap<>();
        List<Integer> unkeyed = new ArrayList<>();
        for (int s = 0; s < signals.length; s++) {
            int signal = s;
            signals[s].phraseAndAliasIds().distinct().forEach(id -> byPhrase.get(id).add(signal));
            signals[s].skills().forEach(skill -> bySkill.computeIfAbsent(skill, k -> new ArrayList<>()).add(signal));
            if (signals[s].phraseAndAliasIds().anyMatch(index::onDemand)) {
                unkeyed.add(s);
            }
        }
        this.signalsByPhrase = byPhrase.stream().map(Classifier::ints).toArray(int[][]::new);
        Map<String, int[]> skillSignals = new HashMap<>();
        bySkill.forEach((skill, list) -> skillSignals.put(skill, ints(list)));
        this.signalsBySkill = new SkillSignals(skillSignals, model.spellings());
        this.unkeyedSignals = ints(unkeyed);
        this.readers = ThreadLocal.withInitial(() -> new Reader(new NormalizedText(), index.newMatches(),
                resumes == null ? null : new ResumeFields(resumes)));
    }

    public Classification classify(CandidateView view) {
        Reader reader = readers.get();
        List<Field> fields = Field.of(view, reader.resume());
        int words = 0;

        // Each signal's first match in field order, fields outside: each text is read once, and only
        // the open signals with a phrase, alias or skill found in it are asked for their match.
        FirstMatches first = new FirstMatches();
        NormalizedText buffer = reader.text();
        PhraseIndex.Matches matches = reader.matches();
        for (int f = 0; f < fields.size(); f++) {
            Field field = fields.get(f);
            NormalizedText text = field.normalizeInto(buffer);
            words += text.words();
            if (first.open == 0 || text.length() == 0) {
                continue;
            }
            first.nextField(field);
            if (field.source() == Field.Source.SKILL) {
                SkillSignals.Listed skill = signalsBySkill.find(text);
                if (skill != null) {
                    first.matchSkill(skill);
                }
            }
            index.scan(text, matches);
            for (int i = 0; i < matches.matchedCount(); i++) {
                first.ask(signalsByPhrase[matches.matched(i)], matches);
            }
            first.ask(unkeyedSignals, matches);
        }
        String[] hitField = first.field;
        String[] hitText = first.text;

        double engineerSum = 0;
        double developerSum = 0;
        double coreSum = 0;
        double elsewhereSum = 0;
        int[] found = new int[signals.length - first.open];
        double[] weights = new double[signals.length];
        int count = 0;
        for (int s = 0; s < signals.length; s++) {
            if (hitField[s] == null) {
                continue;
            }
            double weight = signals[s].signal().weight() * first.factor[s];
            switch (roles[s]) {
                case BACKEND_ENGINEER -> engineerSum += weight;
                case BACKEND_DEVELOPER -> developerSum += weight;
                case NOT_BACKEND -> elsewhereSum += weight;
                default -> coreSum += weight;
            }
            weights[s] = weight;
            found[count++] = s;
        }
        sortEvidence(found, weights, hitField);
        Match[] matched = new Match[found.length];
        for (int i = 0; i < found.length; i++) {
            int s = found[i];
            Signal signal = signals[s].signal();
            matched[i] = new Match(roles[s], signal.kind().name(), hitField[s], hitText[s], weights[s],
                    signal.section());
        }

        Decision decision = model.decision();
        double engineerScore = saturate(engineerSum, decision);
        double developerScore = saturate(developerSum, decision);
        Verdict verdict = Verdict.decide(decision, words, coreSum - elsewhereSum, engineerScore, developerScore);
        // an immutable list, which Classification keeps without another copy
        return new Classification(verdict.role(), round(verdict.confidence()), round(engineerScore),
                round(developerScore), List.of(matched), model.version());
    }

    public RoleModel model() {
        return model;
    }

    /** How this classifier reads resume text, or null if the model reads it as one field. */
    ResumeReader resumeReader() {
        return resumes;
    }

    /**
     * Sorts the matched signals in the order of the evidence: role, weight (highest first), field, signal
     * id; the ids are unique, so the order is total. An insertion sort: a profile has a few dozen.
     */
    private void sortEvidence(int[] found, double[] weights, String[] fields) {
        for (int i = 1; i < found.length; i++) {
            int s = found[i];
            int at = i;
            while (at > 0 && before(s, found[at - 1], weights, fields)) {
                found[at] = found[at - 1];
                at--;
            }
            found[at] = s;
        }
    }

    private boolean before(int a, int b, double[] weights, String[] fields) {
        if (roles[a] != roles[b]) {
            return roles[a].compareTo(roles[b]) < 0;
        }
        if (weights[a] != weights[b]) {
            return weights[a] > weights[b];
        }
        if (fields[a] != fields[b]) { // the paths of the usual fields are shared instances
            int order = fields[a].compareTo(fields[b]);
            if (order != 0) {
                return order < 0;
            }
        }
        return idRanks[a] < idRanks[b];
    }

    private static int[] idRanks(CompiledSignal[] signals) {
        Integer[] byId = new Integer[signals.length];
        for (int s = 0; s < signals.length; s++) {
            byId[s] = s;
        }
        Arrays.sort(byId, Comparator.comparing(s -> signals[s].signal().id()));
        int[] ranks = new int[signals.length];
        for (int rank = 0; rank < byId.length; rank++) {
            ranks[byId[rank]] = rank;
        }
        return ranks;
    }

    private static int[] ints(List<Integer> values) {
        return values.stream().mapToInt(Integer::intValue).toArray();
    }

    private static double saturate(double sum, Decision decision) {
        return 1 - Math.exp(-sum / decision.saturation());
    }

    // Four decimals keep scores readable and stable across platforms' last-bit differences.
    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private void compile(List<Signal> signals, CandidateRole role, RoleModel model, List<CompiledSignal> all,
            List<CandidateRole> allRoles) {
        for (Signal signal : signals) {
            all.add(new CompiledSignal(signal, model.spellings(), model.reading().titleInTextFactor(), index));
            allRoles.add(role);
        }
    }

    /** The words of the model's phrases and skill spellings: what glued words are split into. */
    private static Set<String> knownTerms(RoleModel model) {
        Set<String> terms = new HashSet<>();
        Stream.of(model.engineer(), model.developer(), model.core(), model.elsewhere()).flatMap(List::stream)
                .flatMap(signal -> signal.phrases().stream())
                .forEach(phrase -> addWords(terms, phrase.replace("*", "")));
        model.spellings().canonicalBySpelling().keySet().forEach(spelling -> addWords(terms, spelling));
        return terms;
    }

    private static void addWords(Set<String> terms, String text) {
        for (String word : TextNormalizer.normalize(text).split("[^\\p{L}\\p{N}]+")) {
            if (word.length() >= 2) {
                terms.add(word);
            }
        }
        String whole = TextNormalizer.normalize(text).replaceAll("[^\\p{L}\\p{N}]", "");
        if (whole.length() >= 2) {
            terms.add(whole); // "mysql" of "my sql", "javascript" of "java script"
        }
    }

    /** The text of the field being read, the phrases found in it, and the parts of a resume (or null). */
    private record Reader(NormalizedText text, PhraseIndex.Matches matches, ResumeFields resume) {
    }

    /** One classification's progress: each signal's first match so far, in field order. */
    private final class FirstMatches {
        /** By signal: the path of the field of its first match, or null. */
        final String[] field = new String[signals.length];
        /** By signal: the text of its first match. */
        final String[] text = new String[signals.length];
        /** By signal: the share of its weight that its first match counts with. */
        final double[] factor = new double[signals.length];
        /** By signal: the number of the last field it was asked about. */
        private final int[] asked = new int[signals.length];
        /** Signals without a match yet. */
        int open = signals.length;
        private int fieldNumber;
        private Field current;

        /** {@code field} is the one to ask about. */
        void nextField(Field field) {
            fieldNumber++;
            current = field;
        }

        /**
         * Matches the open signals that list the current field's structured skill, before any is asked
         * about its phrases: a listed skill is a signal's match in its field whatever phrase is there too.
         */
        void matchSkill(SkillSignals.Listed skill) {
            for (int s : skill.signals()) {
                if (field[s] != null || asked[s] == fieldNumber) {
                    continue;
                }
                asked[s] = fieldNumber;
                if (signals[s].matchesSkills()) {
                    found(s, skill.canonical());
                }
            }
        }

        /** Asks each open signal of {@code candidates} not yet asked about the current field. */
        void ask(int[] candidates, PhraseIndex.Matches matches) {
            for (int s : candidates) {
                if (field[s] != null || asked[s] == fieldNumber) {
                    continue;
                }
                asked[s] = fieldNumber;
                String found = signals[s].matchIn(current.source(), index, matches, titlePhrases);
                if (found != null) {
                    found(s, found);
                }
            }
        }

        private void found(int signal, String matchedText) {
            field[signal] = current.path();
            text[signal] = matchedText;
            factor[signal] = signals[signal].factor(current.source());
            open--;
        }
    }
}
