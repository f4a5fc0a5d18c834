package io.recruitflow.contracts.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

import io.recruitflow.contracts.crypto.Digests;
import org.junit.jupiter.api.Test;

class StandardWebhooksTest {

    @Test
    void signsTheReferenceImplementationsKnownAnswerVector() {
        // Known-answer vector from standard-webhooks/standard-webhooks,
        // libraries/java/src/test/java/com/standardwebhooks/WebhookTest.java (verifyWebhookSignWorks).
        String signature = StandardWebhooks.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8));

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signsIdDotTimestampDotBodyWithTheBase64DecodedSecret() {
        byte[] key = {1, 2, 3, 4, 5, 6, 7, 8};
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        byte[] expected = Digests.hmacSha256(key, "msg_1.1700000000.{\"a\":1}".getBytes(StandardCharsets.UTF_8));

        assertThat(StandardWebhooks.sign(secret, "msg_1", 1700000000L, "{\"a\":1}".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo("v1," + Base64.getEncoder().encodeToString(expected));
    }

    @Test
    void acceptsASecretWithoutTheWhsecPrefixLikeTheReferenceLibraries() {
        assertThat(StandardWebhooks.key("MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"))
                .isEqualTo(StandardWebhooks.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
    }

    @Test
    void refusesASecretThatIsNotBase64WithoutEchoingIt() {
        assertThatThrownBy(() -> StandardWebhooks.key("whsec_not base64!"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("not base64!");
        assertThatThrownBy(() -> StandardWebhooks.key(" ")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> StandardWebhooks.key("whsec_")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aSignatureHeaderMatchesWhenAnyV1EntryIsTheMacUnderAnySecret() {
        byte[] body = "{\"test\": 2432232314}".getBytes(StandardCharsets.UTF_8);
        byte[] current = StandardWebhooks.mac(StandardWebhooks.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"),
                "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", body);
        byte[] previous = StandardWebhooks.mac(new byte[32], "msg_p5jXN8AQM9LWM0D4loKWxJek", "1614265330", body);
        String reference = "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=";

        assertThat(StandardWebhooks.signature(current)).isEqualTo(reference);
        assertThat(StandardWebhooks.anySignatureMatches(reference, List.of(current))).isTrue();
        assertThat(StandardWebhooks.anySignatureMatches("v1a,xyz  v2,abc " + reference, List.of(previous, current)))
                .isTrue();
        assertThat(StandardWebhooks.anySignatureMatches(reference, List.of(previous))).isFalse();
        assertThat(StandardWebhooks.anySignatureMatches("v1,not*base64 v2," + reference.substring(3),
                List.of(current))).isFalse();
        assertThat(StandardWebhooks.anySignatureMatches(null, List.of(current))).isFalse();
    }
}
