package io.recruitflow.harness.perf;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Everything one performance run measured, and the table it prints. */
final class PerformanceReport {

    /** The pipeline's target figures (BENCHMARKS.md), checked in the table. */
    static final double TARGET_EVENTS_PER_SECOND = 10_000;
    static final double TARGET_RATIO = 0.25;
    static final long TARGET_P99_MILLIS = 300;
    static final long TARGET_HEAP_BYTES = 512L * 1024 * 1024;

    /** One phase of the pipeline: events sent, routed, and how fast. */
    record PipelinePhase(long sent, long routed, long duplicates, double seconds, LatencyRecorder.Snapshot latency) {

        double perSecond() {
            return seconds <= 0 ? 0 : routed / seconds;
        }

        boolean complete() {
            return routed == sent && duplicates == 0;
        }
    }

    /** A process's resource use: CPU per pipeline phase, peak RSS, and for services their heap. */
    record ProcessUse(double cpuFlatOut, double cpuFixedRate, long peakRssBytes, long peakHeapBytes, long maxHeapBytes) {
    }

    final Map<String, String> environment = new LinkedHashMap<>();
    int recordSize;
    KafkaTools.ProducerResult producer;
    KafkaTools.ConsumerResult consumer;
    EosLoop.Result eosLoop;
    PipelinePhase flatOut;
    PipelinePhase fixedRate;
    /** The services' own latency histograms over the fixed-rate phase. */
    StageLatencies stageLatencies;
    int rate;
    final Map<String, ProcessUse> processes = new LinkedHashMap<>();

    double ratio() {
        return eosLoop == null || eosLoop.perSecond() == 0 || flatOut == null ? 0 : flatOut.perSecond() / eosLoop.perSecond();
    }

    /** The table as Markdown: the figures, the ratio, the targets, and each process's CPU and memory. */
    String render() {
        StringBuilder out = new StringBuilder();
        environment.forEach((name, value) -> out.append("- ").append(name).append(": ").append(value).append('\n'));
        out.append('\n');
        out.append("| measurement | records | records/s | MB/s | latency p50 / p95 / p99 / max (ms) | notes |\n");
        out.append("|---|---:|---:|---:|---|---|\n");
        if (producer != null) {
            row(out, "Kafka ProducerPerformance", producer.records(), producer.perSecond(), producer.megabytesPerSecond(),
                    producer.p50Millis() + " / " + producer.p95Millis() + " / " + producer.p99Millis() + " / -",
                    recordSize + " B records, 6 partitions, acks=all, linger.ms=5; send to ack");
        }
        if (consumer != null) {
            row(out, "Kafka ConsumerPerformance", consumer.records(), consumer.perSecond(), consumer.megabytesPerSecond(),
                    "-", "the same records, fetch rate (group join excluded)");
        }
        if (eosLoop != null) {
            row(out, "one-hop EOS loop (kafka-clients)", eosLoop.records(), eosLoop.perSecond(),
                    eosLoop.perSecond() * recordSize / 1e6 / 1.048576, "-",
                    "read_committed, commit every " + EosLoop.COMMIT_RECORDS + " records or "
                            + EosLoop.COMMIT_INTERVAL.toMillis() + " ms; " + eosLoop.transactions() + " transactions");
        }
        if (flatOut != null) {
            row(out, "pipeline, flat out", flatOut.routed(), flatOut.perSecond(), Double.NaN, latency(flatOut.latency()),
                    phaseNote(flatOut, "first send to last RoutingDecision"));
        }
        if (fixedRate != null) {
            row(out, "pipeline at " + rate + "/s", fixedRate.routed(), fixedRate.perSecond(), Double.NaN,
                    latency(fixedRate.latency()), phaseNote(fixedRate, "ATS event time to RoutingDecision read"));
        }
        out.append(String.format(Locale.ROOT, "| **ratio pipeline / one-hop ceiling** | | **%.3f** | | | target >= %.2f: %s |%n",
                ratio(), TARGET_RATIO, verdict(ratio() >= TARGET_RATIO)));
        out.append('\n');
        if (stageLatencies != null && fixedRate != null) {
            out.append("| at ").append(rate).append("/s, ATS event time to | events | p50 / p95 / p99 (ms) |\n");
            out.append("|---|---:|---|\n");
            for (String stage : stageLatencies.stages()) {
                out.append(String.format(Locale.ROOT, "| %s: its stage's commit (the service's histogram, estimated) | %,d | %d / %d / %d |%n",
                        stage, stageLatencies.count(stage), stageLatencies.percentileMillis(stage, 50),
                        stageLatencies.percentileMillis(stage, 95), stageLatencies.percentileMillis(stage, 99)));
            }
            LatencyRecorder.Snapshot read = fixedRate.latency();
            out.append(String.format(Locale.ROOT, "| RoutingDecision read by the harness (read_committed, exact) | %,d | %d / %d / %d |%n",
                    read.count(), read.percentile(50), read.percentile(95), read.percentile(99)));
            out.append('\n');
            out.append("| at ").append(rate).append("/s, processing stage | batches (transactions) | events per batch | mean ms per batch, commit excluded |\n");
            out.append("|---|---:|---:|---:|\n");
            for (String stage : stageLatencies.processingStages()) {
                long batches = stageLatencies.batches(stage);
                out.append(String.format(Locale.ROOT, "| %s | %,d | %.1f | %.1f |%n", stage, batches,
                        batches == 0 ? 0 : (double) fixedRate.sent() / batches, stageLatencies.meanBatchMillis(stage)));
            }
            out.append('\n');
        }
        out.append("| process | CPU s flat out (cores) | CPU s at fixed rate (cores) | peak RSS MiB | peak heap used MiB (of max) |\n");
        out.append("|---|---:|---:|---:|---:|\n");
        processes.forEach((name, use) -> out.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", name,
                cpu(use.cpuFlatOut(), flatOut), cpu(use.cpuFixedRate(), fixedRate), mib(use.peakRssBytes()),
                use.peakHeapBytes() < 0 ? "-" : mib(use.peakHeapBytes()) + " (" + mib(use.maxHeapBytes()) + ")")));
        out.append('\n');
        for (String target : targets()) {
            out.append("- ").append(target).append('\n');
        }
        return out.toString();
    }

    /** Each target with the measured figure and whether it holds. */
    List<String> targets() {
        List<String> targets = new ArrayList<>();
        if (flatOut != null) {
            targets.add(String.format(Locale.ROOT, "sustained throughput %.0f events/s (target >= %.0f): %s",
                    flatOut.perSecond(), TARGET_EVENTS_PER_SECOND, verdict(flatOut.perSecond() >= TARGET_EVENTS_PER_SECOND)));
            targets.add(String.format(Locale.ROOT, "ratio to the one-hop ceiling %.3f (target >= %.2f): %s", ratio(),
                    TARGET_RATIO, verdict(ratio() >= TARGET_RATIO)));
        }
        if (fixedRate != null) {
            long p99 = fixedRate.latency().percentile(99);
            targets.add(String.format(Locale.ROOT, "p99 latency at %d/s %d ms (target <= %d ms): %s", rate, p99,
                    TARGET_P99_MILLIS, verdict(fixedRate.complete() && p99 >= 0 && p99 <= TARGET_P99_MILLIS)));
        }
        processes.forEach((name, use) -> {
            if (use.peakHeapBytes() >= 0) {
                targets.add(String.format(Locale.ROOT, "%s peak heap %s MiB (target <= 512 MiB): %s", name,
                        mib(use.peakHeapBytes()), verdict(use.peakHeapBytes() <= TARGET_HEAP_BYTES)));
            }
        });
        return targets;
    }

    private static void row(StringBuilder out, String name, long records, double perSecond, double megabytes,
                            String latency, String note) {
        out.append(String.format(Locale.ROOT, "| %s | %,d | %,.0f | %s | %s | %s |%n", name, records, perSecond,
                Double.isNaN(megabytes) ? "-" : String.format(Locale.ROOT, "%.1f", megabytes), latency, note));
    }

    private static String phaseNote(PipelinePhase phase, String what) {
        String counts = String.format(Locale.ROOT, "%,d sent, %,d routed, %,d duplicates in %.1f s", phase.sent(),
                phase.routed(), phase.duplicates(), phase.seconds());
        return what + "; " + counts + (phase.routed() < phase.sent() ? " (INCOMPLETE: timed out)" : "");
    }

    private static String latency(LatencyRecorder.Snapshot latency) {
        if (latency.count() == 0) {
            return "-";
        }
        return latency.percentile(50) + " / " + latency.percentile(95) + " / " + latency.percentile(99) + " / "
                + latency.max();
    }

    private static String cpu(double seconds, PipelinePhase phase) {
        if (Double.isNaN(seconds) || phase == null) {
            return "-";
        }
        return String.format(Locale.ROOT, "%.1f (%.2f)", seconds, phase.seconds() > 0 ? seconds / phase.seconds() : 0);
    }

    private static String mib(long bytes) {
        return bytes < 0 ? "-" : Long.toString(bytes / (1024 * 1024));
    }

    private static String verdict(boolean holds) {
        return holds ? "holds" : "MISSED";
    }
}
