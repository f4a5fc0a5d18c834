package io.recruitflow.notifier.messaging;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How deliveries are retried, under {@code notifier.delivery.*}: attempt {@code n} (n >= 2) waits
 * {@code initialBackoff * multiplier^(n-2)}, at most {@code maxBackoff}, give or take {@code jitter};
 * after {@code maxAttempts} the request goes to the dead-letter topic.
 *
 * @param concurrency consumers delivering in parallel (each on its own partitions)
 */
@ConfigurationProperties(prefix = "notifier.delivery")
public record DeliveryProperties(
        @DefaultValue("8") int maxAttempts,
        @DefaultValue("5s") Duration initialBackoff,
        @DefaultValue("3.0") double multiplier,
        @DefaultValue("10m") Duration maxBackoff,
        @DefaultValue("1s") Duration jitter,
        @DefaultValue("2") int concurrency) {

    public DeliveryProperties {
        if (maxAttempts < 1) {
            throw new IllegalArgumentException("notifier.delivery.max-attempts must be at least 1");
        }
    }
}
