package io.recruitflow.ingest.lever;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Objects;
import java.util.Optional;

import io.recruitflow.contracts.candidate.CandidateSubmission;
import io.recruitflow.ingest.formats.LeverProfileReader;
import io.recruitflow.ingest.formats.LeverProfiles;
import io.recruitflow.ingest.formats.ProfileFetchFailedException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches a Lever profile over Lever's REST API ({@code <baseUrl>/opportunities/<id>} and
 * {@code <baseUrl>/opportunities/<id>/resumes}, e.g. base {@code https://api.lever.co/v1}) with
 * Spring's {@link RestClient}, built from the service's builder so every call is observed and traced
 * like the service's other HTTP; what the answers mean is {@link LeverProfileReader}'s. Authenticated
 * with an API key (HTTP Basic, the key as user name, as Lever documents) or an OAuth bearer token;
 * redirects are not followed.
 *
 * <p><b>Answers.</b> {@code 200}: the profile. {@code 404} for the opportunity, or an id that is not
 * a plain Lever id (it goes into the URL path, so it is never sent): empty. A timeout, a connection
 * failure, any other status (5xx, 429, rejected credentials) or an unreadable body:
 * {@link ProfileFetchFailedException}, which names the status but never the body.
 */
public final class LeverApiProfiles implements LeverProfiles {

    private final RestClient rest;
    private final Duration timeout;
    private final JsonMapper json;
    private final LeverProfileReader reader = new LeverProfileReader();

    private LeverApiProfiles(RestClient.Builder builder, URI baseUrl, String authorization, Duration timeout,
                             JsonMapper json) {
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.json = json;
        String base = baseUrl.toString();
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(HttpClient.newBuilder()
                .connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build());
        requests.setReadTimeout(timeout);
        this.rest = builder.clone()
                .baseUrl(base.endsWith("/") ? base.substring(0, base.length() - 1) : base)
                .requestFactory(requests)
                .defaultHeader(HttpHeaders.AUTHORIZATION, authorization)
                .defaultHeader(HttpHeaders.ACCEPT, MediaType.APPLICATION_JSON_VALUE)
                .build();
    }

    /** Lever API key auth: HTTP Basic with the key as user name and an empty password. */
    public static LeverApiProfiles withApiKey(RestClient.Builder builder, URI baseUrl, String apiKey, Duration timeout,
                                              JsonMapper json) {
        String credentials = Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
        return new LeverApiProfiles(builder, baseUrl, "Basic " + credentials, timeout, json);
    }

    /** OAuth access token auth. */
    public static LeverApiProfiles withBearerToken(RestClient.Builder builder, URI baseUrl, String token,
                                                   Duration timeout, JsonMapper json) {
        return new LeverApiProfiles(builder, baseUrl, "Bearer " + token, timeout, json);
    }

    @Override
    public Optional<CandidateSubmission> fetch(String opportunityOrCandidateId) {
        if (!LeverProfileReader.isLeverId(opportunityOrCandidateId)) {
            return Optional.empty();
        }
        return get("/opportunities/{id}", opportunityOrCandidateId)
                .map(opportunity -> reader.read(opportunity, () -> get("/opportunities/{id}/resumes", opportunityOrCandidateId)));
    }

    /** The parsed JSON body of a {@code 200}, empty for a {@code 404}. */
    private Optional<JsonNode> get(String path, String id) {
        try {
            return rest.get().uri(path, id).exchange((request, response) -> {
                int status = response.getStatusCode().value();
                if (status == 404) {
                    return Optional.empty();
                }
                if (status != 200) {
                    throw new ProfileFetchFailedException("Lever answered HTTP " + status);
                }
                try {
                    return Optional.of(json.readTree(response.getBody().readAllBytes()));
                } catch (JacksonException e) {
                    throw new ProfileFetchFailedException("Lever answered HTTP 200 with a body that is not JSON");
                }
            });
        } catch (ResourceAccessException e) {
            if (causedBy(e, HttpTimeoutException.class)) {
                throw new ProfileFetchFailedException("Lever did not answer within " + timeout, e);
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw new ProfileFetchFailedException("Lever could not be reached: " + cause.getClass().getSimpleName(), e);
        }
    }

    private static boolean causedBy(Throwable thrown, Class<? extends IOException> type) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
