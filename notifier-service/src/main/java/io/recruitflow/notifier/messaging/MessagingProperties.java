package io.recruitflow.notifier.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The topics notifier writes, under {@code notifier.*}.
 *
 * @param partitions        partitions of the topics notifier creates (and of their dead-letter twins)
 * @param replicationFactor replicas of each topic
 * @param serviceSource     the CloudEvents {@code ce_source} of what notifier writes
 */
@ConfigurationProperties(prefix = "notifier")
public record MessagingProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("/recruitflow/notifier-service") String serviceSource) {
}
