package io.recruitflow.ingest;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * ingest-service's settings for everything it writes; the HTTP API's are {@code web.CandidateApiProperties},
 * the webhook sources' {@code webhook.WebhookProperties}, all under {@code ingest.*}.
 *
 * @param partitions        partitions of the topics ingest creates (and of their dead-letter twins)
 * @param replicationFactor replicas of each topic
 * @param publishTimeout    how long a write outside a Kafka transaction (a tool's receipt) waits for its
 *                          acknowledgement; the service itself writes in transactions
 * @param serviceSource     the CloudEvents {@code ce_source} of what ingest writes
 */
@ConfigurationProperties(prefix = "ingest")
public record IngestProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("10s") Duration publishTimeout,
        @DefaultValue("/recruitflow/ingest-service") String serviceSource) {
}
