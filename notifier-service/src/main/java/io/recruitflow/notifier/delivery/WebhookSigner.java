package io.recruitflow.notifier.delivery;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.recruitflow.notifier.notification.ChannelSettings;

/**
 * Standard Webhooks signatures (standardwebhooks.com): {@code webhook-id}, {@code webhook-timestamp}
 * (epoch seconds) and {@code webhook-signature}, which is {@code v1,<base64 HMAC-SHA256>} of
 * {@code id.timestamp.body} keyed by the secret's bytes after {@code whsec_}; one space-separated
 * signature per secret, so receivers can rotate secrets without missing a delivery.
 */
final class WebhookSigner {

    private static final String HMAC = "HmacSHA256";

    private final List<SecretKeySpec> keys;

    WebhookSigner(List<String> secrets) {
        List<SecretKeySpec> keys = new ArrayList<>();
        for (int i = 0; i < secrets.size(); i++) {
            keys.add(new SecretKeySpec(ChannelSettings.secretKey(secrets, i), HMAC));
        }
        this.keys = List.copyOf(keys);
    }

    /** The three headers for one request. */
    Map<String, String> headers(String id, Instant timestamp, byte[] body) {
        String seconds = Long.toString(timestamp.getEpochSecond());
        byte[] prefix = (id + "." + seconds + ".").getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", seconds);
        headers.put("webhook-signature", keys.stream()
                .map(key -> "v1," + Base64.getEncoder().encodeToString(hmac(key, prefix, body)))
                .collect(Collectors.joining(" ")));
        return headers;
    }

    private static byte[] hmac(SecretKeySpec key, byte[] prefix, byte[] body) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(key);
            mac.update(prefix);
            return mac.doFinal(body);
        } catch (GeneralSecurityException unavailable) {
            throw new IllegalStateException("HmacSHA256 is unavailable", unavailable);
        }
    }
}
