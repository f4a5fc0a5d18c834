package io.recruitflow.notifier.messaging;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;

import io.recruitflow.avro.NotificationChannel;
import io.recruitflow.notifier.delivery.Channel;
import io.recruitflow.notifier.notification.ChannelSettings;
import io.recruitflow.notifier.notification.NotificationRequest;
import io.recruitflow.notifier.notification.Subscription;

/** The live channel behind each {@code (subscription, channel index)} of a notification request. */
final class SubscriptionChannels {

    private record Key(String subscription, int channel) {
    }

    private record Entry(Channel channel, NotificationChannel type) {
    }

    private final Map<Key, Entry> channels = new HashMap<>();

    SubscriptionChannels(List<Subscription> subscriptions, BiFunction<String, ChannelSettings, Channel> factory) {
        for (Subscription subscription : subscriptions) {
            for (int i = 0; i < subscription.channels().size(); i++) {
                ChannelSettings settings = subscription.channels().get(i);
                channels.put(new Key(subscription.name(), i), new Entry(factory.apply(subscription.name(), settings),
                        NotificationChannel.valueOf(settings.type().name())));
            }
        }
    }

    /** @throws UndeliverableException when the request names a channel that is no longer configured */
    Channel channel(NotificationRequest request) {
        return entry(request).channel();
    }

    NotificationChannel type(NotificationRequest request) {
        return entry(request).type();
    }

    private Entry entry(NotificationRequest request) {
        Entry entry = channels.get(new Key(request.subscription(), request.channel()));
        if (entry == null) {
            throw new UndeliverableException("subscription " + request.subscription() + " has no channel "
                    + request.channel() + " any more");
        }
        return entry;
    }
}
