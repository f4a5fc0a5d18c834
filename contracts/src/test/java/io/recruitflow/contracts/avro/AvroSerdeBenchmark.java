package io.recruitflow.contracts.avro;

import java.time.Clock;
import java.util.concurrent.TimeUnit;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.candidate.CandidateIntake;
import io.recruitflow.contracts.candidate.Fixtures;
import org.apache.avro.specific.SpecificRecord;
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
import tools.jackson.databind.json.JsonMapper;

/**
 * Single-thread throughput of the per-event work the pipeline does outside the classifier: the
 * Avro single-object serde (encode and decode) of each event type, and ingest's intake of one
 * canonical candidate JSON (read, validate, normalise into a {@code CandidateProfile}).
 *
 * <p>Run: {@code mvn -pl contracts -Pserde-benchmark -DskipTests verify}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class AvroSerdeBenchmark {

    private static final String TOPIC = "recruiting.candidate.profiles.v1";

    private final AvroSingleObjectSerializer<SpecificRecord> serializer = new AvroSingleObjectSerializer<>();
    private final AvroSingleObjectDeserializer<CandidateProfile> profiles = new AvroSingleObjectDeserializer<>(CandidateProfile.class);
    private final AvroSingleObjectDeserializer<CandidateClassified> classifications = new AvroSingleObjectDeserializer<>(CandidateClassified.class);
    private final AvroSingleObjectDeserializer<RoutingDecision> routings = new AvroSingleObjectDeserializer<>(RoutingDecision.class);

    private CandidateIntake intake;
    private byte[] candidateJson;
    private CandidateProfile profile;
    private CandidateClassified classified;
    private RoutingDecision routing;
    private byte[] profileBytes;
    private byte[] classifiedBytes;
    private byte[] routingBytes;

    @Setup
    public void setUp() {
        intake = CandidateIntake.standard(JsonMapper.builder().build(), Clock.systemUTC());
        candidateJson = Fixtures.candidate("engineer");
        profile = intake.accept(candidateJson);
        classified = Samples.classified();
        routing = Samples.routing();
        profileBytes = serializer.serialize(TOPIC, profile);
        classifiedBytes = serializer.serialize(TOPIC, classified);
        routingBytes = serializer.serialize(TOPIC, routing);
    }

    @Benchmark
    public byte[] encodeProfile() {
        return serializer.serialize(TOPIC, profile);
    }

    @Benchmark
    public CandidateProfile decodeProfile() {
        return profiles.deserialize(TOPIC, profileBytes);
    }

    @Benchmark
    public byte[] encodeClassified() {
        return serializer.serialize(TOPIC, classified);
    }

    @Benchmark
    public CandidateClassified decodeClassified() {
        return classifications.deserialize(TOPIC, classifiedBytes);
    }

    @Benchmark
    public byte[] encodeRoutingDecision() {
        return serializer.serialize(TOPIC, routing);
    }

    @Benchmark
    public RoutingDecision decodeRoutingDecision() {
        return routings.deserialize(TOPIC, routingBytes);
    }

    @Benchmark
    public CandidateProfile intakeCandidateJson() {
        return intake.accept(candidateJson);
    }
}
