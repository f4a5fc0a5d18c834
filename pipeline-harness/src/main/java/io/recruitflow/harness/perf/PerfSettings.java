package io.recruitflow.harness.perf;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a performance run does, from system properties ({@code -Dperf.events=...}); the defaults
 * are the documented run.
 *
 * @param events            candidate events of the flat-out phase ({@code perf.events})
 * @param warmupEvents      events sent and routed first, unmeasured, so the JIT of the services and the
 *                          broker is done ({@code perf.warmup-events}): four JVMs compile on two cores for
 *                          about that long; after 5,000 the flat-out figure was under half the steady state
 * @param rate              events per second of the fixed-rate phase ({@code perf.rate})
 * @param rateSeconds       how long the fixed-rate phase sends ({@code perf.rate-seconds})
 * @param toolRecords       records of each Kafka baseline ({@code perf.tool-records})
 * @param drainTimeout      how long a phase waits for its last routing decision
 * @param runDir            logs, results and the broker's data ({@code perf.dir})
 * @param flightRecordings  record each service with JFR ({@code perf.jfr=true}), files in {@code runDir}
 * @param serviceProperties extra Spring properties for every service, e.g. tuning knobs
 *                          ({@code perf.service-properties=name=value,name=value})
 * @param serviceJvmOptions extra JVM options for every service ({@code perf.service-jvm-options}, space separated)
 */
record PerfSettings(int events, int warmupEvents, int rate, int rateSeconds, long toolRecords, Duration drainTimeout,
                    Path runDir, boolean flightRecordings, Map<String, String> serviceProperties,
                    List<String> serviceJvmOptions) {

    static PerfSettings fromSystemProperties() {
        return new PerfSettings(
                Integer.getInteger("perf.events", 150_000),
                Integer.getInteger("perf.warmup-events", 150_000),
                Integer.getInteger("perf.rate", 1_000),
                Integer.getInteger("perf.rate-seconds", 30),
                Long.getLong("perf.tool-records", 300_000L),
                Duration.ofSeconds(Long.getLong("perf.drain-timeout-seconds", 120L)),
                Path.of(System.getProperty("perf.dir", "target/perf")).resolve("run-" + System.currentTimeMillis()),
                Boolean.getBoolean("perf.jfr"),
                properties(System.getProperty("perf.service-properties", "")),
                options(System.getProperty("perf.service-jvm-options", "")));
    }

    long rateEvents() {
        return (long) rate * rateSeconds;
    }

    private static Map<String, String> properties(String list) {
        Map<String, String> properties = new LinkedHashMap<>();
        for (String entry : list.split(",")) {
            if (!entry.isBlank()) {
                int equals = entry.indexOf('=');
                properties.put(entry.substring(0, equals).trim(), entry.substring(equals + 1).trim());
            }
        }
        return properties;
    }

    private static List<String> options(String list) {
        return Arrays.stream(list.trim().split("\\s+")).filter(option -> !option.isEmpty()).toList();
    }
}
