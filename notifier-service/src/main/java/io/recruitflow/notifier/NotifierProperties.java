package io.recruitflow.notifier;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * notifier-service settings.
 *
 * @param partitions        partitions of the topics notifier creates (and of their dead-letter twins)
 * @param replicationFactor replicas of each topic
 * @param rulesFile         a routing-rules file replacing the built-in one; absent for the built-in
 * @param reviewThreshold   confidence below which a person reviews the candidate; absent for the rules file's own
 * @param serviceSource     the CloudEvents {@code ce_source} of what notifier writes
 */
@ConfigurationProperties(prefix = "notifier")
public record NotifierProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        Path rulesFile,
        Double reviewThreshold,
        @DefaultValue("/recruitflow/notifier-service") String serviceSource) {
}
