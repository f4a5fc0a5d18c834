package io.recruitflow.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ApiKeyAuthenticatorTest {

    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final byte[] BODY = TestMacs.utf8("{\"externalId\":\"4711\"}");
    private static final String KEY = "k3y-0f-the-in-house-ats-0123456789";

    private final ApiKeyAuthenticator authenticator = new ApiKeyAuthenticator(List.of(KEY));

    @Test
    void acceptsAConfiguredKeyInTheDefaultHeader() {
        assertThat(authenticator.verify(BODY, Map.of("x-api-key", KEY), NOW))
                .isEqualTo(new AuthenticationResult.Accepted("api-key", null));
    }

    @Test
    void rejectsAnUnknownKeyWithoutEchoingIt() {
        AuthenticationResult verdict = authenticator.verify(BODY, Map.of("x-api-key", "guess"), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Rejected("API key not recognised"));
    }

    @Test
    void rejectsAKeyDifferingOnlyInItsLastCharacterOrLength() {
        String lastChanged = KEY.substring(0, KEY.length() - 1) + "8";
        for (String presented : List.of(lastChanged, KEY.substring(0, KEY.length() - 1), KEY + "0")) {
            assertThat(authenticator.verify(BODY, Map.of("x-api-key", presented), NOW))
                    .as(presented)
                    .isEqualTo(new AuthenticationResult.Rejected("API key not recognised"));
        }
    }

    @Test
    void rejectsAMissingHeaderNamingIt() {
        assertThat(authenticator.verify(BODY, Map.of(), NOW)).isEqualTo(new AuthenticationResult.Rejected("missing X-Api-Key header"));
        assertThat(authenticator.verify(BODY, Map.of("x-api-key", " "), NOW))
                .isEqualTo(new AuthenticationResult.Rejected("missing X-Api-Key header"));
    }

    @Test
    void readsAConfiguredHeaderWhoseNameIsMatchedLowerCased() {
        var custom = new ApiKeyAuthenticator("X-Recruitflow-Key", List.of(KEY));

        assertThat(custom.verify(BODY, Map.of("x-recruitflow-key", KEY), NOW).accepted()).isTrue();
        assertThat(custom.verify(BODY, Map.of("x-api-key", KEY), NOW))
                .isEqualTo(new AuthenticationResult.Rejected("missing X-Recruitflow-Key header"));
    }

    @Test
    void acceptsTheSecondConfiguredKeyDuringRotation() {
        var rotating = new ApiKeyAuthenticator(List.of("old-key", KEY));

        assertThat(rotating.verify(BODY, Map.of("x-api-key", KEY), NOW).accepted()).isTrue();
        assertThat(rotating.verify(BODY, Map.of("x-api-key", "old-key"), NOW).accepted()).isTrue();
    }

    @Test
    void refusesToBeBuiltWithoutKeysOrWithABlankKey() {
        assertThatThrownBy(() -> new ApiKeyAuthenticator(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiKeyAuthenticator(List.of(KEY, " "))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ApiKeyAuthenticator(" ", List.of(KEY))).isInstanceOf(IllegalArgumentException.class);
    }
}
