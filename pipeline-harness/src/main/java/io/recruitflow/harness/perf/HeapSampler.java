package io.recruitflow.harness.perf;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The largest heap in use in each service, sampled every {@link #INTERVAL} from its actuator
 * ({@code /actuator/metrics/jvm.memory.used?tag=area:heap}, the sum over the heap's pools). A
 * sample sees the heap between collections, so the peak includes garbage not yet collected.
 */
final class HeapSampler implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMillis(500);
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");

    private final Actuators actuators;
    private final Map<String, Long> peaks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "heap-sampler");
        thread.setDaemon(true);
        return thread;
    });

    HeapSampler(Actuators actuators) {
        this.actuators = actuators;
        timer.scheduleAtFixedRate(this::sample, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The largest heap use seen for the service since the sampler started, in bytes; -1 when never read. */
    long peak(String service) {
        return peaks.getOrDefault(service, -1L);
    }

    /** The service's maximum heap size ({@code jvm.memory.max}, area heap), in bytes; -1 when unknown. */
    long max(String service) {
        return read(service, "jvm.memory.max");
    }

    private void sample() {
        for (String service : actuators.services()) {
            long used = read(service, "jvm.memory.used");
            if (used >= 0) {
                peaks.merge(service, used, Math::max);
            }
        }
    }

    private long read(String service, String metric) {
        String body = actuators.get(service, "/actuator/metrics/" + metric + "?tag=area:heap");
        Matcher value = body == null ? null : VALUE.matcher(body);
        return value != null && value.find() ? (long) Double.parseDouble(value.group(1)) : -1;
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
