package io.recruitflow.classifier.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How classifier-service reads and writes Kafka, under {@code classifier.*}; the role model in force
 * is {@code rollout.RolloutProperties}.
 *
 * @param partitions               partitions of the topics classifier creates (and of their dead-letter twins)
 * @param replicationFactor        replicas of each topic
 * @param reclassifyOnModelChange  replay the profiles topic when a new model version is rolled out
 * @param serviceSource            the CloudEvents {@code ce_source} of what classifier writes
 */
@ConfigurationProperties(prefix = "classifier")
public record MessagingProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("true") boolean reclassifyOnModelChange,
        @DefaultValue("/recruitflow/classifier-service") String serviceSource) {
}
