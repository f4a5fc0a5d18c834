package io.recruitflow.contracts.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class ApiKeysTest {

    private final ApiKeys keys = new ApiKeys(List.of("old-key-1f2e", "new-key-9a8b"));

    @Test
    void acceptsEveryConfiguredKeyIgnoringSurroundingWhiteSpace() {
        assertThat(keys.matches("old-key-1f2e")).isTrue();
        assertThat(keys.matches(" new-key-9a8b\t")).isTrue();
    }

    @Test
    void refusesAnyOtherKeyIncludingPrefixesAndNearMisses() {
        assertThat(keys.matches("new-key-9a8c")).isFalse();
        assertThat(keys.matches("new-key-9a8")).isFalse();
        assertThat(keys.matches("new-key-9a8bb")).isFalse();
        assertThat(keys.matches("")).isFalse();
        assertThat(keys.matches(null)).isFalse();
    }

    @Test
    void noKeysMatchNothingAndABlankKeyIsAConfigurationError() {
        assertThat(new ApiKeys(List.of()).matches("anything")).isFalse();
        assertThatThrownBy(() -> new ApiKeys(List.of("key", " "))).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("API key is blank");
    }
}
