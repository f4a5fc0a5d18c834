package io.recruitflow.ingest.web;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The candidate API's settings, under {@code ingest.*}.
 *
 * @param maxBatchSize the most candidates one {@code POST /api/v1/candidates:batch} may carry
 * @param api          how calls to {@code /api/v1/candidates...} are authenticated
 */
@ConfigurationProperties(prefix = "ingest")
public record CandidateApiProperties(@DefaultValue("100") int maxBatchSize, @DefaultValue Api api) {

    /**
     * @param authenticationRequired false only for local development: then the API is open
     * @param apiKeys                keys accepted in {@code apiKeyHeader}; several while rotating
     * @param apiKeyHeader           the header carrying the key
     * @param webhookSecrets         Standard Webhooks secrets ({@code whsec_...}) whose signatures are accepted
     */
    public record Api(@DefaultValue("true") boolean authenticationRequired, @DefaultValue List<String> apiKeys,
                      @DefaultValue("X-Api-Key") String apiKeyHeader, @DefaultValue List<String> webhookSecrets) {
    }
}
