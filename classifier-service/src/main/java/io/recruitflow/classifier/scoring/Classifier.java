package io.recruitflow.classifier.scoring;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.classifier.rolemodel.Decision;
import io.recruitflow.classifier.rolemodel.RoleModel;
import io.recruitflow.classifier.rolemodel.Signal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Scores a {@link CandidateView} against the backend engineer and backend developer role models and
 * decides one {@link CandidateRole}, with the evidence behind it.
 *
 * <p>Each signal counts once per role, with its first match in field order, so repeating a word
 * does not inflate a score. A role's score is {@code 1 - exp(-sum of matched weights / saturation)}.
 * Backend-core signals (languages, databases, APIs, hosting, ...) only gate backend against
 * {@code NOT_BACKEND}; since the Avro evidence needs a role and they belong to both role models,
 * their evidence carries role {@code HYBRID}. The verdict, in order:
 * <ol>
 *   <li>{@code INSUFFICIENT_DATA}: fewer than {@code minWords} words in all readable fields;</li>
 *   <li>{@code NOT_BACKEND}: core weight below {@code minCoreWeight}, or both role scores below
 *       {@code minRoleScore};</li>
 *   <li>{@code HYBRID}: both role scores at least {@code hybridMinScore} and at most
 *       {@code hybridMaxGap} apart (or exactly equal);</li>
 *   <li>otherwise the role with the higher score.</li>
 * </ol>
 * Thresholds come from the model's {@link Decision}. A pure function: thread-safe, no clock, no
 * randomness, and no hash order in the output.
 */
public final class Classifier {

    private static final Comparator<Scored> EVIDENCE_ORDER = Comparator
            .comparing((Scored s) -> s.match().role())
            .thenComparing(s -> s.match().weight(), Comparator.reverseOrder())
            .thenComparing(s -> s.match().field())
            .thenComparing(Scored::signalId);

    private final RoleModel model;
    private final List<CompiledSignal> engineer;
    private final List<CompiledSignal> developer;
    private final List<CompiledSignal> core;

    public Classifier(RoleModel model) {
        this.model = model;
        this.engineer = compile(model.engineer(), model);
        this.developer = compile(model.developer(), model);
        this.core = compile(model.core(), model);
    }

    public Classification classify(CandidateView view) {
        List<Field> fields = Field.of(view);
        int words = fields.stream().mapToInt(f -> TextNormalizer.wordCount(f.text())).sum();
        List<Scored> evidence = new ArrayList<>();
        double engineerSum = match(engineer, CandidateRole.BACKEND_ENGINEER, fields, evidence);
        double developerSum = match(developer, CandidateRole.BACKEND_DEVELOPER, fields, evidence);
        double coreSum = match(core, CandidateRole.HYBRID, fields, evidence);
        evidence.sort(EVIDENCE_ORDER);

        Decision decision = model.decision();
        Verdict verdict = Verdict.decide(decision, words, coreSum,
                saturate(engineerSum, decision), saturate(developerSum, decision));
        return new Classification(verdict.role(), round(verdict.confidence()),
                round(saturate(engineerSum, decision)), round(saturate(developerSum, decision)),
                evidence.stream().map(Scored::match).toList(), model.version());
    }

    public RoleModel model() {
        return model;
    }

    private static double match(List<CompiledSignal> signals, CandidateRole role, List<Field> fields,
            List<Scored> evidence) {
        double sum = 0;
        for (CompiledSignal compiled : signals) {
            var hit = compiled.firstHit(fields);
            if (hit.isPresent()) {
                Signal signal = compiled.signal();
                sum += signal.weight();
                evidence.add(new Scored(signal.id(), new Match(role, signal.kind().name(), hit.get().field(),
                        hit.get().matchedText(), signal.weight(), signal.section())));
            }
        }
        return sum;
    }

    private static double saturate(double sum, Decision decision) {
        return 1 - Math.exp(-sum / decision.saturation());
    }

    // Four decimals keep scores readable and stable across platforms' last-bit differences.
    private static double round(double value) {
        return Math.round(value * 10_000) / 10_000.0;
    }

    private static List<CompiledSignal> compile(List<Signal> signals, RoleModel model) {
        return signals.stream().map(s -> new CompiledSignal(s, model.ambiguousAliases())).toList();
    }

    private record Scored(String signalId, Match match) {
    }
}
