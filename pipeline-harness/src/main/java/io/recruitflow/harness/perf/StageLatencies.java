package io.recruitflow.harness.perf;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the end-to-end latency accumulates: each service's own histogram of the time from the ATS
 * event to its stage's commit ({@code recruitflow_pipeline_latency_seconds}, stages {@code profiled},
 * {@code classified}, {@code routed}), read from {@code /actuator/prometheus} before and after a
 * phase, so the difference holds that phase's events only. Percentiles are interpolated within the
 * histogram's buckets (Micrometer's, about 10% apart in this range): estimates, unlike the harness's
 * own end-to-end figures, which are exact.
 */
final class StageLatencies {

    private static final Pattern BUCKET = Pattern.compile(
            "^recruitflow_pipeline_latency_seconds_bucket\\{([^}]*)}\\s+([0-9.Ee+-]+)");
    private static final Pattern PROCESSING = Pattern.compile(
            "^recruitflow_processing_seconds_(count|sum)\\{([^}]*)}\\s+([0-9.Ee+-]+)");
    private static final Pattern STAGE = Pattern.compile("stage=\"([^\"]+)\"");
    private static final Pattern LE = Pattern.compile("le=\"([^\"]+)\"");

    /** Per stage, the cumulative count of events at or below each bucket's upper bound (seconds). */
    private final Map<String, NavigableMap<Double, Double>> stages;
    /** Per processing stage ({@code ingest}, {@code classify}, {@code route}): batches, and seconds spent in them. */
    private final Map<String, double[]> batches;

    private StageLatencies(Map<String, NavigableMap<Double, Double>> stages, Map<String, double[]> batches) {
        this.stages = stages;
        this.batches = batches;
    }

    /** The histograms of every service now. */
    static StageLatencies read(Actuators actuators) {
        StringBuilder exposition = new StringBuilder();
        for (String service : actuators.services()) {
            String body = actuators.get(service, "/actuator/prometheus");
            if (body != null) {
                exposition.append(body).append('\n');
            }
        }
        return parse(exposition.toString());
    }

    /** Reads the Prometheus text exposition format. */
    static StageLatencies parse(String exposition) {
        Map<String, NavigableMap<Double, Double>> stages = new LinkedHashMap<>();
        Map<String, double[]> batches = new LinkedHashMap<>();
        for (String line : exposition.split("\n")) {
            Matcher processing = PROCESSING.matcher(line);
            if (processing.find()) {
                Matcher stage = STAGE.matcher(processing.group(2));
                if (stage.find()) {
                    batches.computeIfAbsent(stage.group(1), s -> new double[2])
                            [processing.group(1).equals("count") ? 0 : 1] += Double.parseDouble(processing.group(3));
                }
                continue;
            }
            Matcher bucket = BUCKET.matcher(line);
            if (!bucket.find()) {
                continue;
            }
            Matcher stage = STAGE.matcher(bucket.group(1));
            Matcher le = LE.matcher(bucket.group(1));
            if (stage.find() && le.find()) {
                double bound = le.group(1).equals("+Inf") ? Double.POSITIVE_INFINITY : Double.parseDouble(le.group(1));
                stages.computeIfAbsent(stage.group(1), s -> new TreeMap<>())
                        .merge(bound, Double.parseDouble(bucket.group(2)), Double::sum);
            }
        }
        return new StageLatencies(stages, batches);
    }

    /** What was recorded after {@code before}. */
    StageLatencies since(StageLatencies before) {
        Map<String, NavigableMap<Double, Double>> difference = new LinkedHashMap<>();
        stages.forEach((stage, buckets) -> {
            NavigableMap<Double, Double> earlier = before.stages.getOrDefault(stage, new TreeMap<>());
            NavigableMap<Double, Double> counts = new TreeMap<>();
            buckets.forEach((bound, count) -> counts.put(bound, count - earlier.getOrDefault(bound, 0.0)));
            difference.put(stage, counts);
        });
        Map<String, double[]> batchesSince = new LinkedHashMap<>();
        batches.forEach((stage, countAndSeconds) -> {
            double[] earlier = before.batches.getOrDefault(stage, new double[2]);
            batchesSince.put(stage, new double[] {countAndSeconds[0] - earlier[0], countAndSeconds[1] - earlier[1]});
        });
        return new StageLatencies(difference, batchesSince);
    }

    /** The processing stages that handled batches ({@code ingest}, {@code classify}, {@code route}). */
    Iterable<String> processingStages() {
        return batches.keySet();
    }

    /** How many batches (so transactions) the processing stage handled. */
    long batches(String processingStage) {
        return Math.round(batches.getOrDefault(processingStage, new double[2])[0]);
    }

    /** The mean time a batch of the processing stage took, in milliseconds (the commit not included). */
    double meanBatchMillis(String processingStage) {
        double[] countAndSeconds = batches.getOrDefault(processingStage, new double[2]);
        return countAndSeconds[0] == 0 ? 0 : countAndSeconds[1] * 1000 / countAndSeconds[0];
    }

    Iterable<String> stages() {
        return stages.keySet();
    }

    long count(String stage) {
        NavigableMap<Double, Double> buckets = stages.get(stage);
        return buckets == null || buckets.isEmpty() ? 0 : Math.round(buckets.lastEntry().getValue());
    }

    /** The estimated {@code percentile} of the stage's latency in milliseconds, -1 without events. */
    long percentileMillis(String stage, double percentile) {
        long count = count(stage);
        if (count == 0) {
            return -1;
        }
        double rank = percentile / 100 * count;
        double lowerBound = 0;
        double below = 0;
        for (Map.Entry<Double, Double> bucket : stages.get(stage).entrySet()) {
            if (bucket.getValue() >= rank) {
                if (bucket.getKey().isInfinite()) {
                    return Math.round(lowerBound * 1000);
                }
                double inBucket = bucket.getValue() - below;
                double share = inBucket == 0 ? 1 : (rank - below) / inBucket;
                return Math.round((lowerBound + share * (bucket.getKey() - lowerBound)) * 1000);
            }
            lowerBound = bucket.getKey();
            below = bucket.getValue();
        }
        return Math.round(lowerBound * 1000);
    }
}
