package io.recruitflow.harness.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
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
    /** The actuator user the run gives the services; its password is made per run. */
    static final String OPS_USER = "perf-ops";
    private static final Pattern VALUE = Pattern.compile("\"value\"\\s*:\\s*([0-9.Ee+-]+)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, String> baseUrls;
    private final String authorization;
    private final Map<String, Long> peaks = new ConcurrentHashMap<>();
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "heap-sampler");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param baseUrls    each service's name and base URL
     * @param opsPassword the password of {@link #OPS_USER} for the actuator
     */
    HeapSampler(Map<String, String> baseUrls, String opsPassword) {
        this.baseUrls = baseUrls;
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((OPS_USER + ":" + opsPassword).getBytes(StandardCharsets.UTF_8));
        timer.scheduleAtFixedRate(this::sample, 0, INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** The largest heap use seen for the service since the sampler started, in bytes; -1 when never read. */
    long peak(String service) {
        return peaks.getOrDefault(service, -1L);
    }

    /** The service's maximum heap size ({@code jvm.memory.max}, area heap), in bytes; -1 when unknown. */
    long max(String service) {
        return read(baseUrls.get(service), "jvm.memory.max");
    }

    private void sample() {
        baseUrls.forEach((service, url) -> {
            long used = read(url, "jvm.memory.used");
            if (used >= 0) {
                peaks.merge(service, used, Math::max);
            }
        });
    }

    private long read(String baseUrl, String metric) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                            URI.create(baseUrl + "/actuator/metrics/" + metric + "?tag=area:heap"))
                    .header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(2)).GET().build(), HttpResponse.BodyHandlers.ofString());
            Matcher value = VALUE.matcher(response.body());
            return response.statusCode() == 200 && value.find() ? (long) Double.parseDouble(value.group(1)) : -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        } catch (Exception e) {
            return -1;
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
