package io.recruitflow.notifier.messaging;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.avro.WorkplaceType;
import io.recruitflow.notifier.Classifications;
import io.recruitflow.notifier.routing.Router;
import io.recruitflow.notifier.routing.Routing;
import io.recruitflow.notifier.routing.RoutingInput;
import io.recruitflow.notifier.routing.RoutingRules;
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
 * Single-thread throughput of routing with the standard rules: the router alone, and the whole
 * transform the notifier's listener runs per classification (route, then build the
 * {@code RoutingDecision} with its rankings and top evidence).
 *
 * <p>Run: {@code mvn -pl notifier-service -am -Pbenchmark -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class RoutingBenchmark {

    private Router router;
    private RoutingDecisions decisions;
    private CandidateClassified engineer;
    private CandidateClassified lowConfidence;

    @Setup
    public void setUp() {
        router = new Router(RoutingRules.standard());
        decisions = new RoutingDecisions(router, Clock.systemUTC());
        engineer = Classifications.classified("greenhouse:4711", CandidateRole.BACKEND_ENGINEER, 0.92,
                EngagementType.FULL_TIME, WorkplaceType.REMOTE);
        lowConfidence = Classifications.classified("lever:a1", CandidateRole.BACKEND_DEVELOPER, 0.41,
                EngagementType.FREELANCE, WorkplaceType.ON_SITE);
    }

    @Benchmark
    public Routing routeEngineer() {
        return router.route(RoutingInput.from(engineer));
    }

    @Benchmark
    public Routing routeLowConfidence() {
        return router.route(RoutingInput.from(lowConfidence));
    }

    @Benchmark
    public RoutingDecision decideEngineer() {
        return decisions.decide(engineer);
    }
}
