package io.recruitflow.kit.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.listener.ListenerExecutionFailedException;

class PipelineMetricsTest {

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final PipelineMetrics metrics = new PipelineMetrics(registry);

    @Test
    void recordsTheTimeFromTheAtsEventPerStage() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        metrics.reached("routed", now.minusMillis(250), now);
        metrics.reached("routed", now.minusMillis(750), now);

        var timer = registry.get(PipelineMetrics.LATENCY).tag("stage", "routed").timer();
        assertThat(timer.count()).isEqualTo(2);
        assertThat(timer.totalTime(TimeUnit.MILLISECONDS)).isEqualTo(1_000);
    }

    @Test
    void dropsLatenciesThatClockSkewMakesNegative() {
        Instant now = Instant.parse("2026-11-28T10:00:00Z");
        metrics.reached("routed", now.plusSeconds(5), now);

        assertThat(registry.find(PipelineMetrics.LATENCY).timer()).isNull();
    }

    @Test
    void tagsDeadLettersWithTheReasonsTypeNotItsText() {
        metrics.deadLettered("recruiting.candidate.profiles.v1", new ListenerExecutionFailedException("failed",
                new SerializationException("Not Avro: {\"name\":\"Ada\"}")));

        assertThat(registry.get(PipelineMetrics.DEAD_LETTERS).tag("topic", "recruiting.candidate.profiles.v1")
                .tag("reason", "SerializationException").counter().count()).isEqualTo(1);
        assertThat(registry.getMeters()).allSatisfy(meter -> assertThat(meter.getId().getTags().toString())
                .doesNotContain("Ada"));
    }
}
