package io.recruitflow.classifier.rollout;

import java.nio.file.Path;
import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Which role model classifies, under {@code classifier.*}.
 *
 * @param roleModelFile          a role-model file replacing the built-in one; absent for the built-in
 * @param roleModelCheckInterval how often the role-model file is checked for a new version
 */
@ConfigurationProperties(prefix = "classifier")
public record RolloutProperties(Path roleModelFile, @DefaultValue("30s") Duration roleModelCheckInterval) {
}
