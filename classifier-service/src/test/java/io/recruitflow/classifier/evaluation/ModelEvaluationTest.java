package io.recruitflow.classifier.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.classifier.evaluation.EvaluationSet.Example;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Measured quality of the standard role model on the labelled evaluation set: confusion matrix,
 * per-class precision and recall, and macro-F1, for the train split (what the model was tuned on) and
 * the holdout split (what it was not). Every profile goes through the real intake and classifier.
 *
 * <p>Reproduce: {@code mvn -pl classifier-service -am test -Dtest=ModelEvaluationTest
 * -Dsurefire.failIfNoSpecifiedTests=false}.
 */
class ModelEvaluationTest {

    static final double HOLDOUT_MACRO_F1_BAR = 0.90;
    private static final CandidateRole[] ROLES = CandidateRole.values();

    private final EvaluationSet set = new EvaluationSet();
    private final List<Example> examples = EvaluationSet.load();

    @Test
    void theSetHasTheAgreedShape() {
        assertThat(examples).hasSizeGreaterThanOrEqualTo(300);
        assertThat(examples).extracting(Example::id).doesNotHaveDuplicates();
        assertThat(examples).extracting(Example::split).containsOnly("train", "holdout");
        assertThat(examples).allSatisfy(e -> assertThat(e.reason()).as(e.id()).isNotBlank());
        Map<CandidateRole, Long> perClass = examples.stream()
                .collect(Collectors.groupingBy(Example::label, () -> new EnumMap<>(CandidateRole.class),
                        Collectors.counting()));
        for (CandidateRole role : ROLES) {
            long minimum = role == CandidateRole.INSUFFICIENT_DATA ? 25 : 40;
            assertThat(perClass.getOrDefault(role, 0L)).as("examples of %s", role).isGreaterThanOrEqualTo(minimum);
            for (String split : List.of("train", "holdout")) {
                assertThat(examples).as("%s in %s", role, split)
                        .anyMatch(e -> e.label() == role && e.split().equals(split));
            }
        }
    }

    @Test
    void everyProfilePassesTheIntake() {
        assertThat(examples).allSatisfy(e ->
                assertThatCode(() -> set.accept(e.candidate())).as(e.id()).doesNotThrowAnyException());
    }

    @Test
    void holdoutMacroF1MeetsTheBar() {
        Metrics train = evaluate("train");
        Metrics holdout = evaluate("holdout");

        System.out.println("Role model " + set.modelVersion() + " on " + EvaluationSet.RESOURCE);
        System.out.println(train.report("train"));
        System.out.println(holdout.report("holdout"));

        assertThat(holdout.macroF1()).as("holdout macro-F1").isGreaterThanOrEqualTo(HOLDOUT_MACRO_F1_BAR);
    }

    private Metrics evaluate(String split) {
        Metrics metrics = new Metrics();
        examples.stream().filter(e -> e.split().equals(split))
                .forEach(e -> metrics.add(e, set.classify(e.candidate()).role()));
        return metrics;
    }

    /** A confusion matrix over the five roles; rows are labels, columns predictions. */
    static final class Metrics {

        private final int[][] counts = new int[ROLES.length][ROLES.length];
        private final StringBuilder misses = new StringBuilder();

        void add(Example example, CandidateRole predicted) {
            counts[example.label().ordinal()][predicted.ordinal()]++;
            if (predicted != example.label()) {
                misses.append(String.format(Locale.ROOT, "  %-10s %-18s -> %-18s (%s)%n", example.id(),
                        example.label(), predicted, example.style()));
            }
        }

        int total() {
            return Arrays.stream(counts).flatMapToInt(Arrays::stream).sum();
        }

        double precision(int c) {
            int predicted = 0;
            for (int[] row : counts) {
                predicted += row[c];
            }
            return predicted == 0 ? 0 : (double) counts[c][c] / predicted;
        }

        double recall(int c) {
            int actual = Arrays.stream(counts[c]).sum();
            return actual == 0 ? 0 : (double) counts[c][c] / actual;
        }

        double f1(int c) {
            double p = precision(c);
            double r = recall(c);
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double macroF1() {
            return Arrays.stream(ROLES).mapToDouble(r -> f1(r.ordinal())).average().orElse(0);
        }

        double accuracy() {
            int correct = 0;
            for (int c = 0; c < ROLES.length; c++) {
                correct += counts[c][c];
            }
            return (double) correct / total();
        }

        String report(String split) {
            Function<CandidateRole, String> shortName = r -> switch (r) {
                case BACKEND_ENGINEER -> "ENGINEER";
                case BACKEND_DEVELOPER -> "DEVELOPER";
                case HYBRID -> "HYBRID";
                case NOT_BACKEND -> "NOT_BACKEND";
                case INSUFFICIENT_DATA -> "INSUFFICIENT";
            };
            StringBuilder out = new StringBuilder();
            out.append(String.format(Locale.ROOT, "%n== %s split: %d profiles ==%n", split, total()));
            out.append(String.format(Locale.ROOT, "%-22s", "label \\ predicted"));
            for (CandidateRole r : ROLES) {
                out.append(String.format(Locale.ROOT, "%13s", shortName.apply(r)));
            }
            out.append(String.format(Locale.ROOT, "%8s%n", "total"));
            for (CandidateRole label : ROLES) {
                out.append(String.format(Locale.ROOT, "%-22s", shortName.apply(label)));
                for (CandidateRole predicted : ROLES) {
                    out.append(String.format(Locale.ROOT, "%13d", counts[label.ordinal()][predicted.ordinal()]));
                }
                out.append(String.format(Locale.ROOT, "%8d%n", Arrays.stream(counts[label.ordinal()]).sum()));
            }
            out.append(String.format(Locale.ROOT, "%n%-22s%10s%10s%10s%n", "class", "precision", "recall", "F1"));
            for (CandidateRole r : ROLES) {
                int c = r.ordinal();
                out.append(String.format(Locale.ROOT, "%-22s%10.3f%10.3f%10.3f%n", shortName.apply(r), precision(c),
                        recall(c), f1(c)));
            }
            out.append(String.format(Locale.ROOT, "%-22s%30.3f%n", "macro-F1", macroF1()));
            out.append(String.format(Locale.ROOT, "%-22s%30.3f%n", "accuracy", accuracy()));
            if (!misses.isEmpty()) {
                out.append(String.format(Locale.ROOT, "misclassified (id, label -> predicted, style):%n"))
                        .append(misses);
            }
            return out.toString();
        }
    }
}
