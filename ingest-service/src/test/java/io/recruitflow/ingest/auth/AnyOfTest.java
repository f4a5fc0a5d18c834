package io.recruitflow.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.recruitflow.contracts.webhooks.StandardWebhooks;
import org.junit.jupiter.api.Test;

class AnyOfTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final byte[] BODY = TestMacs.utf8("{\"externalId\":\"4711\"}");
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(TestMacs.utf8("canonical-endpoint-key"));
    private static final String API_KEY = "in-house-api-key";

    private final AnyOf canonical = new AnyOf(List.of(
            new StandardWebhooksSignature(List.of(SECRET)),
            new ApiKeyAuthenticator(List.of(API_KEY))));

    private static Map<String, String> standardWebhooks(String signature) {
        Map<String, String> headers = new HashMap<>();
        headers.put("webhook-id", "msg_1");
        headers.put("webhook-timestamp", Long.toString(NOW.getEpochSecond()));
        headers.put("webhook-signature", signature);
        return headers;
    }

    @Test
    void acceptsAValidStandardWebhooksSignature() {
        String signature = StandardWebhooks.sign(SECRET, "msg_1", NOW.getEpochSecond(), BODY);

        assertThat(canonical.verify(BODY, standardWebhooks(signature), NOW))
                .isEqualTo(new AuthenticationResult.Accepted("standard-webhooks", "msg_1"));
    }

    @Test
    void acceptsAValidApiKey() {
        assertThat(canonical.verify(BODY, Map.of("x-api-key", API_KEY), NOW))
                .isEqualTo(new AuthenticationResult.Accepted("api-key", null));
    }

    @Test
    void reportsTheSignatureProblemWhenOnlySignatureHeadersWereSent() {
        AuthenticationResult verdict = canonical.verify(BODY, standardWebhooks("v1,AAAA"), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void reportsTheApiKeyProblemWhenOnlyAnApiKeyWasSent() {
        assertThat(canonical.verify(BODY, Map.of("x-api-key", "wrong"), NOW))
                .isEqualTo(new AuthenticationResult.Rejected("API key not recognised"));
    }

    @Test
    void reportsAMissingSignatureHeaderWhenTheOthersWereSent() {
        Map<String, String> headers = standardWebhooks("ignored");
        headers.remove("webhook-signature");

        assertThat(canonical.verify(BODY, headers, NOW))
                .isEqualTo(new AuthenticationResult.Rejected("missing webhook-signature header"));
    }

    @Test
    void reportsNoCredentialsWhenNoneWereSent() {
        assertThat(canonical.verify(BODY, Map.of("content-type", "application/json"), NOW))
                .isEqualTo(new AuthenticationResult.Rejected("no credentials"));
    }

    @Test
    void acceptsAValidApiKeyEvenBesideABadSignature() {
        Map<String, String> headers = standardWebhooks("v1,AAAA");
        headers.put("x-api-key", API_KEY);

        assertThat(canonical.verify(BODY, headers, NOW)).isEqualTo(new AuthenticationResult.Accepted("api-key", null));
    }
}
