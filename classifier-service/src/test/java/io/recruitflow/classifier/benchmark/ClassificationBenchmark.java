package io.recruitflow.classifier.benchmark;

import io.recruitflow.classifier.rolemodel.RoleModel;
import io.recruitflow.classifier.scoring.CandidateView;
import io.recruitflow.classifier.scoring.Classification;
import io.recruitflow.classifier.scoring.Classifier;
import io.recruitflow.classifier.scoring.Profiles;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Single-thread throughput of {@link Classifier#classify} with the standard role model, for the two
 * shapes of input the classifier sees: a typical structured profile and a one-page free-text resume
 * (BENCHMARKS.md has the figures and the bars they are held to).
 *
 * <p>Run: {@code mvn -pl classifier-service -am -Pbenchmark -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ClassificationBenchmark {

    private Classifier classifier;
    private CandidateView structuredProfile;
    private CandidateView freeTextResume;

    @Setup
    public void setUp() {
        classifier = new Classifier(RoleModel.standard());
        structuredProfile = CandidateView.from(Profiles.typicalStructuredProfile());
        // only resume text: no skills, headline, summary, work or education
        freeTextResume = CandidateView.from(Profiles.onePageResume());
    }

    @Benchmark
    public Classification structuredProfile() {
        return classifier.classify(structuredProfile);
    }

    @Benchmark
    public Classification freeTextResume() {
        return classifier.classify(freeTextResume);
    }
}
