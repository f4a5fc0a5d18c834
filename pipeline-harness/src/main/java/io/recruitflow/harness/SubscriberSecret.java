package io.recruitflow.harness;

import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.recruitflow.contracts.webhooks.StandardWebhooks;

/**
 * A recruiter subscription's Standard Webhooks secret as the subscriber holds it: the check of a
 * request's signatures (with the contracts' {@link StandardWebhooks}, as any recruiter's receiver may;
 * its own test pins it to the specification's example) and the notifier settings that subscribe a
 * loopback endpoint with it.
 */
public final class SubscriberSecret {

    private final byte[] key;

    private SubscriberSecret(byte[] key) {
        this.key = key;
    }

    /** A fresh 32-byte secret. */
    public static SubscriberSecret random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return new SubscriberSecret(key);
    }

    /** The secret as notifier is configured with it: {@code whsec_<base64>}. */
    public String whsec() {
        return StandardWebhooks.SECRET_PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /**
     * Whether a request is signed with this secret as the specification asks a receiver to check it: the
     * three headers present, the timestamp within five minutes of now, one of the {@code v1,} signatures
     * ours over {@code id.timestamp.body}.
     */
    public boolean signed(String id, String timestamp, String signatures, byte[] body) {
        return StandardWebhooks.rejection(List.of(key), id, timestamp, signatures, body, Instant.now(),
                StandardWebhooks.DEFAULT_TOLERANCE) == null;
    }

    /**
     * notifier-service settings that subscribe the endpoint at {@code url} to every routing decision
     * as a webhook signed with this secret, reachable over plain http on the loopback address.
     */
    public Map<String, String> notifierProperties(String subscription, String url) {
        String channel = "notifier.subscriptions." + subscription + ".channels[0].";
        return Map.of(channel + "type", "WEBHOOK",
                channel + "url", url,
                channel + "secrets[0]", whsec(),
                "notifier.outbound.allow-private[0]", "127.0.0.1",
                "notifier.outbound.allow-plain-http[0]", "127.0.0.1");
    }
}
