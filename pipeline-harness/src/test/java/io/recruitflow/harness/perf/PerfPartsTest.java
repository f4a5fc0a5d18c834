package io.recruitflow.harness.perf;

import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The harness's parts that need no broker: the event generator, percentiles and the tools' output. */
class PerfPartsTest {

    private final JsonMapper json = JsonMapper.builder().build();

    @Test
    void generatesDistinctCandidatesStampedWithTheirSendTime() {
        CandidateEvents events = new CandidateEvents("perf-test");
        Set<String> keys = new HashSet<>();
        Set<String> eventIds = new HashSet<>();
        for (int i = 0; i < 60; i++) {
            Instant before = Instant.now();
            CandidateEvents.Event event = events.next(i);
            JsonNode candidate = json.readTree(event.json());
            keys.add(event.key());
            eventIds.add(candidate.get("eventId").asString());
            assertThat(event.key()).isEqualTo(candidate.get("source").asString() + ":" + candidate.get("externalId").asString());
            assertThat(events.owns(event.key())).isTrue();
            assertThat(Instant.parse(candidate.get("occurredAt").asString())).isBetween(before, Instant.now());
        }
        assertThat(keys).hasSize(60);
        assertThat(eventIds).hasSize(60);
        assertThat(events.owns("greenhouse:other-run-1")).isFalse();
        assertThat(events.meanSize()).isBetween(500, 2_000);
    }

    @Test
    void percentilesAreNearestRank() {
        LatencyRecorder recorder = new LatencyRecorder();
        for (int i = 100; i >= 1; i--) {
            recorder.record(i);
        }
        LatencyRecorder.Snapshot latency = recorder.snapshot();
        assertThat(latency.count()).isEqualTo(100);
        assertThat(latency.percentile(50)).isEqualTo(50);
        assertThat(latency.percentile(99)).isEqualTo(99);
        assertThat(latency.max()).isEqualTo(100);
        assertThat(new LatencyRecorder().snapshot().percentile(99)).isEqualTo(-1);
    }

    @Test
    void stageLatenciesAreThePhasesShareOfEachServicesHistogram() {
        StageLatencies before = StageLatencies.parse("""
                # TYPE recruitflow_pipeline_latency_seconds histogram
                recruitflow_pipeline_latency_seconds_bucket{application="ingest-service",stage="profiled",le="0.1"} 10.0
                recruitflow_pipeline_latency_seconds_bucket{application="ingest-service",stage="profiled",le="0.2"} 10.0
                recruitflow_pipeline_latency_seconds_bucket{application="ingest-service",stage="profiled",le="+Inf"} 10.0
                recruitflow_pipeline_latency_seconds_count{application="ingest-service",stage="profiled"} 10.0
                recruitflow_processing_seconds_count{application="ingest-service",stage="ingest"} 2.0
                recruitflow_processing_seconds_sum{application="ingest-service",stage="ingest"} 0.01
                """);
        StageLatencies after = StageLatencies.parse("""
                recruitflow_pipeline_latency_seconds_bucket{application="ingest-service",stage="profiled",le="0.1"} 60.0
                recruitflow_pipeline_latency_seconds_bucket{application="ingest-service",stage="profiled",le="0.2"} 110.0
                recruitflow_pipeline_latency_seconds_bucket{application="ingest-service",stage="profiled",le="+Inf"} 110.0
                jvm_memory_used_bytes{area="heap"} 1.0E8
                recruitflow_processing_seconds_count{application="ingest-service",stage="ingest"} 6.0
                recruitflow_processing_seconds_sum{application="ingest-service",stage="ingest"} 0.09
                recruitflow_processing_seconds_max{application="ingest-service",stage="ingest"} 0.05
                recruitflow_pipeline_latency_seconds_bucket{stage="routed",application="notifier-service",le="0.4"} 1.0
                recruitflow_pipeline_latency_seconds_bucket{stage="routed",application="notifier-service",le="+Inf"} 2.0
                """);

        StageLatencies phase = after.since(before);

        assertThat(phase.stages()).containsExactly("profiled", "routed");
        assertThat(phase.count("profiled")).isEqualTo(100);
        assertThat(phase.percentileMillis("profiled", 50)).isEqualTo(100);
        assertThat(phase.percentileMillis("profiled", 75)).isEqualTo(150);
        assertThat(phase.percentileMillis("profiled", 99)).isEqualTo(198);
        assertThat(phase.percentileMillis("routed", 99)).as("beyond the last bound: that bound").isEqualTo(400);
        assertThat(phase.percentileMillis("classified", 50)).isEqualTo(-1);
        assertThat(phase.processingStages()).containsExactly("ingest");
        assertThat(phase.batches("ingest")).isEqualTo(4);
        assertThat(phase.meanBatchMillis("ingest")).isCloseTo(20.0, within(1e-9));
    }

    @Test
    void readsTheSummaryOfProducerPerformance() {
        KafkaTools.ProducerResult result = KafkaTools.parseProducerPerformance("""
                5926 records sent, 1184.3 records/sec (1.17 MB/sec), 2716.7 ms avg latency, 3264.0 ms max latency.
                50000 records sent, 5221.4 records/sec (5.16 MB/sec), 3433.02 ms avg latency, 4605.00 ms max latency, \
                3435 ms 50th, 4321 ms 95th, 4408 ms 99th, 4595 ms 99.9th.
                """);
        assertThat(result).isEqualTo(new KafkaTools.ProducerResult(50_000, 5221.4, 5.16, 3435, 4321, 4408));
    }

    @Test
    void readsTheStatisticsOfConsumerPerformance() {
        KafkaTools.ConsumerResult result = KafkaTools.parseConsumerPerformance("""
                [main] INFO org.apache.kafka.tools.ConsumerPerformance - Starting consumer...
                start.time, end.time, data.consumed.in.MB, MB.sec, data.consumed.in.nMsg, nMsg.sec, rebalance.time.ms, \
                fetch.time.ms, fetch.MB.sec, fetch.nMsg.sec
                2026-11-28 18:32:32:792, 2026-11-28 18:32:37:601, 49.4003, 10.2725, 50000, 10397.1720, 1726, 3083, \
                16.0235, 16217.9695
                """);
        assertThat(result.records()).isEqualTo(50_000);
        assertThat(result.perSecond()).isCloseTo(16_217.97, within(0.01));
        assertThat(result.megabytesPerSecond()).isCloseTo(16.02, within(0.01));
    }

    @Test
    void readsCpuAndPeakMemoryOfThisProcess() {
        ProcessStats stats = ProcessStats.of(ProcessHandle.current().pid());
        assertThat(stats.cpuSeconds()).isPositive();
        assertThat(stats.peakRssBytes()).isGreaterThan(10L * 1024 * 1024);
    }

    @Test
    void settingsDefaultToTheDocumentedRun() {
        PerfSettings settings = PerfSettings.fromSystemProperties();
        assertThat(settings.warmupEvents()).isEqualTo(150_000);
        assertThat(settings.events()).isEqualTo(150_000);
        assertThat(settings.rate()).isEqualTo(1_000);
        assertThat(settings.rateEvents()).isEqualTo(30_000);
        assertThat(settings.drainTimeout()).isEqualTo(Duration.ofSeconds(120));
        assertThat(settings.serviceProperties()).isEmpty();
    }
}
