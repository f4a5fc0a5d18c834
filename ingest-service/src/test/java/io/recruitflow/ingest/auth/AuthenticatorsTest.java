package io.recruitflow.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.recruitflow.contracts.webhooks.StandardWebhooks;
import org.junit.jupiter.api.Test;

class AuthenticatorsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final byte[] BODY = TestMacs.utf8("{\"payload\":{}}");

    @Test
    void buildsAGreenhouseVerifierKeyedWithTheSecretsUtf8Bytes() {
        var authenticator = Authenticators.forSource(new SourceCredentials("greenhouse", "greenhouse", List.of("gh-sëcret")));

        AuthenticationResult verdict = authenticator.verify(BODY, Map.of("signature", "sha256 " + TestMacs.hexHmac("gh-sëcret", BODY)), NOW);

        assertThat(authenticator).isInstanceOf(GreenhouseSignature.class);
        assertThat(verdict.accepted()).isTrue();
    }

    @Test
    void buildsAWorkableVerifier() {
        var authenticator = Authenticators.forSource(new SourceCredentials("workable", "workable", List.of("token")));

        assertThat(authenticator.verify(BODY, Map.of("x-workable-signature", TestMacs.hexHmac("token", BODY)), NOW).accepted())
                .isTrue();
    }

    @Test
    void buildsALeverVerifierWithTheConfiguredTolerance() {
        var authenticator = Authenticators.forSource(new SourceCredentials("lever", "lever", List.of("sig-token")),
                Duration.ofHours(1));
        String millis = Long.toString(NOW.minus(Duration.ofMinutes(30)).toEpochMilli());
        byte[] body = TestMacs.utf8("{\"token\":\"t\",\"triggeredAt\":" + millis + ",\"signature\":\""
                + TestMacs.hexHmac("sig-token", TestMacs.utf8("t" + millis)) + "\"}");

        assertThat(authenticator.verify(body, Map.of(), NOW).accepted()).isTrue();
    }

    @Test
    void buildsAStandardWebhooksVerifierThatAcceptsEitherRotatedSecret() {
        String oldSecret = "whsec_" + Base64.getEncoder().encodeToString(TestMacs.utf8("old"));
        String newSecret = "whsec_" + Base64.getEncoder().encodeToString(TestMacs.utf8("new"));
        var authenticator = Authenticators.forSource(
                new SourceCredentials("acme", "standard-webhooks", List.of(oldSecret, newSecret)));
        Map<String, String> headers = Map.of("webhook-id", "msg_1",
                "webhook-timestamp", Long.toString(NOW.getEpochSecond()),
                "webhook-signature", StandardWebhooks.sign(newSecret, "msg_1", NOW.getEpochSecond(), BODY));

        assertThat(authenticator.verify(BODY, headers, NOW)).isEqualTo(new AuthenticationResult.Accepted("standard-webhooks", "msg_1"));
    }

    @Test
    void buildsAnApiKeyAuthenticatorReadingXApiKey() {
        var authenticator = Authenticators.forSource(new SourceCredentials("in-house", "api-key", List.of("k1", "k2")));

        assertThat(authenticator.verify(BODY, Map.of("x-api-key", "k2"), NOW).accepted()).isTrue();
    }

    @Test
    void failsFastNamingTheSourceOnAnUnknownScheme() {
        assertThatThrownBy(() -> Authenticators.forSource(new SourceCredentials("acme", "basic", List.of("s"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acme")
                .hasMessageContaining("basic");
    }

    @Test
    void failsFastNamingTheSourceWhenNoSecretIsConfigured() {
        for (List<String> secrets : Arrays.asList(List.<String>of(), null, List.of(" "))) {
            assertThatThrownBy(() -> Authenticators.forSource(new SourceCredentials("acme", "greenhouse", secrets)))
                    .as(String.valueOf(secrets))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("acme");
        }
    }

    @Test
    void failsFastOnAMalformedStandardWebhooksSecretWithoutEchoingIt() {
        assertThatThrownBy(() -> Authenticators.forSource(
                new SourceCredentials("acme", "standard-webhooks", List.of("whsec_!!secret-value!!"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("acme")
                .hasMessageNotContaining("secret-value");
    }

    @Test
    void credentialsNeverAppearInToString() {
        var credentials = new SourceCredentials("acme", "api-key", List.of("super-secret-key"));

        assertThat(credentials.toString()).contains("acme").doesNotContain("super-secret-key");
    }
}
