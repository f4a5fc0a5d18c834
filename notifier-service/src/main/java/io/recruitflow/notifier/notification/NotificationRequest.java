package io.recruitflow.notifier.notification;

/**
 * One notification to deliver: a routing decision for one channel of one subscription.
 *
 * @param subscription the subscription's name
 * @param channel      the index of the channel in the subscription
 * @param deliveryId   stable across every retry of this request (the {@code webhook-id})
 */
public record NotificationRequest(String subscription, int channel, String deliveryId) {
}
