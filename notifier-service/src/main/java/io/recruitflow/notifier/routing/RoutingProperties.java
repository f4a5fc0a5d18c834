package io.recruitflow.notifier.routing;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How notifier routes: {@code notifier.rules-file} and {@code notifier.review-threshold}.
 *
 * @param rulesFile       a routing-rules file replacing the built-in one; absent for the built-in
 * @param reviewThreshold confidence below which a person reviews the candidate; absent for the rules file's own
 */
@ConfigurationProperties(prefix = "notifier")
public record RoutingProperties(Path rulesFile, Double reviewThreshold) {
}
