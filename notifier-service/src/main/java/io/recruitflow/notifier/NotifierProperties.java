package io.recruitflow.notifier;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.recruitflow.notifier.delivery.OutboundSettings;
import io.recruitflow.notifier.notification.ChannelSettings;
import io.recruitflow.notifier.notification.Subscription;
import io.recruitflow.notifier.notification.SubscriptionFilter;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * notifier-service settings; how it routes is the routing package's ({@code RoutingProperties}).
 *
 * @param partitions        partitions of the topics notifier creates (and of their dead-letter twins)
 * @param replicationFactor replicas of each topic
 * @param serviceSource     the CloudEvents {@code ce_source} of what notifier writes
 * @param subscriptions     recruiter subscriptions by name: which decisions, on which channels
 * @param atsLinks          per ATS source, a link template to the candidate containing {@code {externalId}}
 * @param delivery          how deliveries are retried
 * @param outbound          what outbound HTTP may reach, and how long it may take
 */
@ConfigurationProperties(prefix = "notifier")
public record NotifierProperties(
        @DefaultValue("6") int partitions,
        @DefaultValue("1") short replicationFactor,
        @DefaultValue("/recruitflow/notifier-service") String serviceSource,
        Map<String, SubscriptionSettings> subscriptions,
        Map<String, String> atsLinks,
        @DefaultValue Delivery delivery,
        OutboundSettings outbound) {

    public NotifierProperties {
        subscriptions = subscriptions == null ? Map.of() : Map.copyOf(subscriptions);
        atsLinks = atsLinks == null ? Map.of() : Map.copyOf(atsLinks);
        outbound = outbound == null ? OutboundSettings.defaults() : outbound;
    }

    /** The configured subscriptions, ordered by name so that requests are planned in a stable order. */
    public List<Subscription> subscriptionList() {
        return subscriptions.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> new Subscription(entry.getKey(), entry.getValue().filter(), entry.getValue().channels()))
                .toList();
    }

    /**
     * One subscription as configured under {@code notifier.subscriptions.<name>}.
     *
     * @param filter   which decisions; everything when absent
     * @param channels where to send them
     */
    public record SubscriptionSettings(SubscriptionFilter filter, List<ChannelSettings> channels) {
    }

    /**
     * Delivery retries: attempt {@code n} (n >= 2) waits {@code initialBackoff * multiplier^(n-2)},
     * at most {@code maxBackoff}, give or take {@code jitter}; after {@code maxAttempts} the request
     * goes to the dead-letter topic.
     *
     * @param concurrency consumers delivering in parallel (each on its own partitions)
     */
    public record Delivery(
            @DefaultValue("8") int maxAttempts,
            @DefaultValue("5s") Duration initialBackoff,
            @DefaultValue("3.0") double multiplier,
            @DefaultValue("10m") Duration maxBackoff,
            @DefaultValue("1s") Duration jitter,
            @DefaultValue("2") int concurrency) {

        public Delivery {
            if (maxAttempts < 1) {
                throw new IllegalArgumentException("notifier.delivery.max-attempts must be at least 1");
            }
        }
    }
}
