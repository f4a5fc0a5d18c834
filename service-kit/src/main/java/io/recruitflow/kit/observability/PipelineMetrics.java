package io.recruitflow.kit.observability;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;

/**
 * The pipeline's own metrics, shared by the three services. Tags carry only bounded, non-personal
 * values (stage, topic, exception type, role, platform, channel, status): never a candidate key,
 * a name or free text.
 */
public final class PipelineMetrics {

    /** Time from the ATS event ({@code occurredAt}, the ATS event's {@code ce_time}) to a stage of the pipeline. */
    public static final String LATENCY = "recruitflow.pipeline.latency";
    /** Time a service spent on a batch of input records, by stage; the count of records is alongside. */
    public static final String PROCESSING = "recruitflow.processing";
    /** Records sent to a dead-letter topic, by input topic and reason (the exception's type). */
    public static final String DEAD_LETTERS = "recruitflow.dead.letters";

    private final MeterRegistry registry;
    private final Map<String, Timer> latencies = new ConcurrentHashMap<>();

    public PipelineMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /**
     * An event reached a stage ({@code profiled}, {@code classified}, {@code routed}, ...): records the
     * time since the ATS event happened. Clock skew between the ATS and us can make it negative;
     * such samples are dropped rather than counted as zero.
     */
    public void reached(String stage, Instant occurredAt, Instant now) {
        Duration latency = Duration.between(occurredAt, now);
        if (latency.isNegative()) {
            return;
        }
        latencies.computeIfAbsent(stage, s -> Timer.builder(LATENCY)
                .description("Time from the ATS event to this stage of the pipeline")
                .tag("stage", s)
                .publishPercentileHistogram()
                .minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofMinutes(5))
                .register(registry)).record(latency);
    }

    /** A batch of records was processed for a stage (e.g. {@code classify}, {@code route}). */
    public void processed(String stage, int records, Duration elapsed) {
        registry.timer(PROCESSING, "stage", stage).record(elapsed);
        registry.counter(PROCESSING + ".records", "stage", stage).increment(records);
    }

    public void deadLettered(String topic, Throwable reason) {
        registry.counter(DEAD_LETTERS, "topic", topic, "reason", reasonType(reason)).increment();
    }

    /** A counter of this registry, e.g. classifications by role. */
    public Counter counter(String name, String... tags) {
        return registry.counter(name, tags);
    }

    /** The innermost exception type: a bounded tag value that says why without quoting any data. */
    static String reasonType(Throwable reason) {
        Throwable cause = reason;
        while (cause.getCause() != null && cause.getCause() != cause) {
            cause = cause.getCause();
        }
        return cause.getClass().getSimpleName();
    }
}
