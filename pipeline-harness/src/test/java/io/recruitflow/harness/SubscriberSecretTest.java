package io.recruitflow.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.recruitflow.contracts.webhooks.StandardWebhooks;
import org.junit.jupiter.api.Test;

/** The receivers' check of what notifier signs: the signature, and a timestamp within the spec's window. */
class SubscriberSecretTest {

    private static final byte[] BODY = "{\"candidate\":{\"key\":\"greenhouse:1\"}}".getBytes(StandardCharsets.UTF_8);

    private final SubscriberSecret secret = SubscriberSecret.random();

    @Test
    void acceptsAFreshSignatureWithItsSecretOnly() {
        long now = Instant.now().getEpochSecond();
        String signature = StandardWebhooks.sign(secret.whsec(), "msg_1", now, BODY);

        assertThat(secret.signed("msg_1", Long.toString(now), signature, BODY)).isTrue();
        assertThat(secret.signed("msg_1", Long.toString(now), "v1,bm90IG91cnM= " + signature, BODY)).isTrue();
        assertThat(SubscriberSecret.random().signed("msg_1", Long.toString(now), signature, BODY)).isFalse();
        assertThat(secret.signed("msg_2", Long.toString(now), signature, BODY)).isFalse();
    }

    @Test
    void refusesAStaleOrIncompleteDelivery() {
        long stale = Instant.now().getEpochSecond() - 3600;

        assertThat(secret.signed("msg_1", Long.toString(stale),
                StandardWebhooks.sign(secret.whsec(), "msg_1", stale, BODY), BODY)).isFalse();
        assertThat(secret.signed("msg_1", null, "v1,AAAA", BODY)).isFalse();
        assertThat(secret.signed(null, "1", "v1,AAAA", BODY)).isFalse();
    }
}
