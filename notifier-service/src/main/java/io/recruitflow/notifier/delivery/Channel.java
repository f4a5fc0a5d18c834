package io.recruitflow.notifier.delivery;

import io.recruitflow.notifier.notification.Notification;

/** One way of reaching a recruiter. Implementations never throw for delivery failures; they report them. */
public interface Channel {

    /**
     * Tries once to deliver the notification.
     *
     * @param notification what to say
     * @param attempt      1 for the first try; later tries carry the same {@link Notification#deliveryId()}
     */
    DeliveryAttempt deliver(Notification notification, int attempt);
}
