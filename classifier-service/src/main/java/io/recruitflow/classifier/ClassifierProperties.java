package io.recruitflow.classifier;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * classifier-service settings.
 *
 * @param partitions               partitions of the topics classifier creates (and of their dead-letter twins)
 * @param replicationFactor        replicas of each topic
 * @param roleModelFile            a role-model file replacing the built-in one; absent for the built-in
 * @param roleModelCheckInterval   how often the role-model file is checked for a new version
 * @param reclassifyOnModelChange  replay the profiles topic when a new model version is rolled out
 * @param serviceSource            the CloudEvents {@code ce_source} of what classifier writes
 */
@ConfigurationProperties(prefix = "classifier")
public record ClassifierProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        Path roleModelFile,
        @DefaultValue("30s") Duration roleModelCheckInterval,
        @DefaultValue("true") boolean reclassifyOnModelChange,
        @DefaultValue("/recruitflow/classifier-service") String serviceSource) {
}
