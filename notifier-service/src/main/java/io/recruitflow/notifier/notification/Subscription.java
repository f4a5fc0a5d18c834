package io.recruitflow.notifier.notification;

import java.util.List;
import java.util.Objects;


/**
 * A recruiter (or team) who wants to hear about some routing decisions, on one or more channels.
 *
 * @param name     unique; appears in delivery records and the webhook body, so keep it free of personal data
 * @param filter   which decisions
 * @param channels where to send them; each is delivered and retried on its own
 */
public record Subscription(String name, SubscriptionFilter filter, List<ChannelSettings> channels) {

    public Subscription {
        Objects.requireNonNull(name, "name");
        filter = filter == null ? SubscriptionFilter.EVERYTHING : filter;
        channels = channels == null ? List.of() : List.copyOf(channels);
        if (channels.isEmpty()) {
            throw new IllegalArgumentException("subscription " + name + ": channels must name at least one channel");
        }
    }
}
