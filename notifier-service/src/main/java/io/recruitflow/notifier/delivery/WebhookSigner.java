package io.recruitflow.notifier.delivery;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.recruitflow.contracts.webhooks.StandardWebhooks;
import io.recruitflow.notifier.notification.ChannelSettings;

/**
 * Standard Webhooks signatures ({@link StandardWebhooks}): {@code webhook-id}, {@code webhook-timestamp}
 * (epoch seconds) and {@code webhook-signature}, one space-separated {@code v1,} signature per secret,
 * so receivers can rotate secrets without missing a delivery.
 */
final class WebhookSigner {

    private final List<byte[]> keys;

    WebhookSigner(List<String> secrets) {
        List<byte[]> keys = new ArrayList<>();
        for (int i = 0; i < secrets.size(); i++) {
            keys.add(ChannelSettings.secretKey(secrets, i));
        }
        this.keys = List.copyOf(keys);
    }

    /** The three headers for one request. */
    Map<String, String> headers(String id, Instant timestamp, byte[] body) {
        String seconds = Long.toString(timestamp.getEpochSecond());
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(StandardWebhooks.ID_HEADER, id);
        headers.put(StandardWebhooks.TIMESTAMP_HEADER, seconds);
        headers.put(StandardWebhooks.SIGNATURE_HEADER, keys.stream()
                .map(key -> StandardWebhooks.signature(StandardWebhooks.mac(key, id, seconds, body)))
                .collect(Collectors.joining(" ")));
        return headers;
    }
}
