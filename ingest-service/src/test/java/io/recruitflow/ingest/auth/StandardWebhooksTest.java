package io.recruitflow.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Base64;

import org.junit.jupiter.api.Test;

class StandardWebhooksTest {

    @Test
    void signsTheReferenceImplementationsKnownAnswerVector() {
        // Known-answer vector from standard-webhooks/standard-webhooks,
        // libraries/java/src/test/java/com/standardwebhooks/WebhookTest.java (verifyWebhookSignWorks).
        String signature = StandardWebhooks.sign("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw",
                "msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L, TestMacs.utf8("{\"test\": 2432232314}"));

        assertThat(signature).isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void signsIdDotTimestampDotBodyWithTheBase64DecodedSecret() {
        byte[] key = {1, 2, 3, 4, 5, 6, 7, 8};
        String secret = "whsec_" + Base64.getEncoder().encodeToString(key);
        byte[] expected = TestMacs.hmacSha256(key, TestMacs.utf8("msg_1.1700000000.{\"a\":1}"));

        assertThat(StandardWebhooks.sign(secret, "msg_1", 1700000000L, TestMacs.utf8("{\"a\":1}")))
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
}
