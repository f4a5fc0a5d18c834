package io.recruitflow.harness.perf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A tiny run of the whole load harness, as a check that it measures what it says: every baseline
 * handles all its records, every candidate sent comes out routed exactly once, every process is
 * measured and the table has every row. Timing is not asserted: that is what the run reports.
 */
class PerformanceRunTest {

    @Test
    void aTinyRunAccountsForEveryRecordAndReportsEveryRow() throws Exception {
        PerfSettings settings = new PerfSettings(60, 12, 20, 2, 3_000, Duration.ofSeconds(90),
                Path.of("target", "perf-test", "run-" + System.currentTimeMillis()), false, Map.of(), List.of());

        PerformanceReport report = PerformanceRun.run(settings);

        assertThat(report.producer.records()).isEqualTo(3_000);
        assertThat(report.consumer.records()).isEqualTo(3_000);
        assertThat(report.eosLoop.records()).isEqualTo(3_000);
        assertThat(report.eosLoop.transactions()).isPositive();
        assertThat(report.flatOut.complete()).as("flat out: %s", report.flatOut).isTrue();
        assertThat(report.fixedRate.complete()).as("fixed rate: %s", report.fixedRate).isTrue();
        assertThat(report.fixedRate.latency().count()).isEqualTo(40);
        assertThat(report.fixedRate.latency().percentile(50)).isPositive();
        assertThat(report.stageLatencies.stages()).containsExactly("profiled", "classified", "routed");
        for (String stage : List.of("profiled", "classified", "routed")) {
            assertThat(report.stageLatencies.count(stage)).as(stage).isEqualTo(40);
        }
        assertThat(report.stageLatencies.processingStages()).containsExactlyInAnyOrder("ingest", "classify", "route");
        assertThat(report.stageLatencies.batches("route")).isPositive();
        assertThat(report.processes).containsOnlyKeys("ingest-service", "classifier-service", "notifier-service",
                "kafka broker");
        report.processes.forEach((name, use) -> {
            assertThat(use.peakRssBytes()).as(name).isPositive();
            assertThat(use.cpuFlatOut()).as(name).isPositive();
        });
        assertThat(report.processes.get("ingest-service").peakHeapBytes()).isPositive();
        assertThat(report.render()).contains("Kafka ProducerPerformance", "Kafka ConsumerPerformance",
                "one-hop EOS loop", "pipeline, flat out", "pipeline at 20/s", "ratio pipeline / one-hop ceiling",
                "| ingest-service |", "| classifier-service |", "| notifier-service |", "| kafka broker |",
                "60 sent, 60 routed, 0 duplicates", "40 sent, 40 routed, 0 duplicates",
                "| routed: its stage's commit", "RoutingDecision read by the harness", "| route |");
    }
}
