package io.recruitflow.ingest;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ingest-service settings.
 *
 * @param partitions        partitions of the topics ingest creates (and of their dead-letter twins)
 * @param replicationFactor replicas of each topic
 * @param publishTimeout    how long a write outside a Kafka transaction (a tool's receipt) waits for its
 *                          acknowledgement; the service itself writes in transactions
 * @param serviceSource     the CloudEvents {@code ce_source} of what ingest writes
 * @param maxBatchSize      the most candidates one {@code POST /api/v1/candidates:batch} may carry
 * @param sources           the ATS systems allowed to call {@code POST /webhooks/{source}}, by source
 *                          name, each with its authentication scheme and secrets (from the environment,
 *                          e.g. {@code INGEST_SOURCES_GREENHOUSE_SECRETS})
 * @param lever             where Lever profiles are fetched from (Lever webhooks carry ids only)
 * @param api               how calls to {@code /api/v1/candidates...} are authenticated
 */
@ConfigurationProperties(prefix = "ingest")
public record IngestProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("10s") Duration publishTimeout,
        @DefaultValue("/recruitflow/ingest-service") String serviceSource,
        @DefaultValue("100") int maxBatchSize,
        Map<String, WebhookSource> sources,
        @DefaultValue Lever lever,
        @DefaultValue Api api) {

    public IngestProperties {
        sources = sources == null ? Map.of() : Map.copyOf(sources);
    }

    /**
     * @param scheme  greenhouse, lever, workable, standard-webhooks or api-key
     * @param secrets the source's secrets; several while one is being rotated
     * @param format  the payload format; the source's name when absent (greenhouse, lever, workable,
     *                canonical, jsonresume)
     */
    public record WebhookSource(String scheme, List<String> secrets, String format) {
    }

    /**
     * @param authenticationRequired false only for local development: then the API is open
     * @param apiKeys                keys accepted in {@code apiKeyHeader}; several while rotating
     * @param apiKeyHeader           the header carrying the key
     * @param webhookSecrets         Standard Webhooks secrets ({@code whsec_...}) whose signatures are accepted
     */
    public record Api(@DefaultValue("true") boolean authenticationRequired, @DefaultValue List<String> apiKeys,
                      @DefaultValue("X-Api-Key") String apiKeyHeader, @DefaultValue List<String> webhookSecrets) {
    }

    /**
     * @param baseUrl Lever's API, e.g. https://api.lever.co/v1; absent: Lever events cannot be fetched
     * @param apiKey  the API key, sent as HTTP basic user name
     * @param timeout per request
     */
    public record Lever(URI baseUrl, String apiKey, @DefaultValue("5s") Duration timeout) {
    }
}
