package io.recruitflow.notifier.notification;

import java.util.List;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Who is told what, under {@code notifier.*}: the recruiters' subscriptions and the links into each
 * ATS. The other settings are their features' own: {@code messaging.MessagingProperties} (topics),
 * {@code messaging.DeliveryProperties} (retries), {@code delivery.OutboundSettings} (what outbound
 * HTTP may reach), {@code routing.RoutingProperties} (rules).
 *
 * @param subscriptions recruiter subscriptions by name: which decisions, on which channels
 * @param atsLinks      per ATS source, a link template to the candidate containing {@code {externalId}}
 */
@ConfigurationProperties(prefix = "notifier")
public record SubscriptionProperties(Map<String, SubscriptionSettings> subscriptions, Map<String, String> atsLinks) {

    public SubscriptionProperties {
        subscriptions = subscriptions == null ? Map.of() : Map.copyOf(subscriptions);
        atsLinks = atsLinks == null ? Map.of() : Map.copyOf(atsLinks);
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
}
