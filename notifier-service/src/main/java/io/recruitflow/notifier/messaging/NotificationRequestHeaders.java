package io.recruitflow.notifier.messaging;

import java.nio.charset.StandardCharsets;

import io.recruitflow.notifier.notification.NotificationRequest;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/** Which subscription channel a record on the notification requests topic is for, in its headers. */
final class NotificationRequestHeaders {

    static final String SUBSCRIPTION = "notification-subscription";
    static final String CHANNEL = "notification-channel";
    static final String DELIVERY_ID = "notification-delivery-id";

    private NotificationRequestHeaders() {
    }

    static void write(Headers headers, NotificationRequest request) {
        headers.add(SUBSCRIPTION, bytes(request.subscription()));
        headers.add(CHANNEL, bytes(Integer.toString(request.channel())));
        headers.add(DELIVERY_ID, bytes(request.deliveryId()));
    }

    /** @throws UndeliverableException when a header is missing or malformed: the record was not written by us */
    static NotificationRequest read(Headers headers) {
        try {
            return new NotificationRequest(text(headers, SUBSCRIPTION), Integer.parseInt(text(headers, CHANNEL)),
                    text(headers, DELIVERY_ID));
        } catch (NumberFormatException e) {
            throw new UndeliverableException("header " + CHANNEL + " is not a channel index");
        }
    }

    private static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        if (header == null || header.value() == null) {
            throw new UndeliverableException("header " + name + " is missing");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
