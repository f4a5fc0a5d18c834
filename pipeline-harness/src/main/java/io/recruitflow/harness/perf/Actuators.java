package io.recruitflow.harness.perf;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The services' actuator endpoints, read with the ops credentials the run gives them. */
final class Actuators {

    /** The actuator user the run gives the services; its password is made per run. */
    static final String OPS_USER = "perf-ops";

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    private final Map<String, String> baseUrls;
    private final String authorization;

    /**
     * @param baseUrls    each service's name and base URL
     * @param opsPassword the password of {@link #OPS_USER}
     */
    Actuators(Map<String, String> baseUrls, String opsPassword) {
        this.baseUrls = Collections.unmodifiableMap(new LinkedHashMap<>(baseUrls));
        this.authorization = "Basic " + Base64.getEncoder()
                .encodeToString((OPS_USER + ":" + opsPassword).getBytes(StandardCharsets.UTF_8));
    }

    Iterable<String> services() {
        return baseUrls.keySet();
    }

    /** The body of {@code path} (e.g. {@code /actuator/prometheus}) on the service, or null when it did not answer 200. */
    String get(String service, String path) {
        try {
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(baseUrls.get(service) + path))
                    .header("Authorization", authorization)
                    .timeout(Duration.ofSeconds(5)).GET().build(), HttpResponse.BodyHandlers.ofString());
            return response.statusCode() == 200 ? response.body() : null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        } catch (Exception e) {
            return null;
        }
    }
}
