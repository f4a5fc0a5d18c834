package io.recruitflow.contracts.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.junit.jupiter.api.Test;

class DigestsTest {

    @Test
    void sha256MatchesTheKnownAnswerOfFips180() {
        assertThat(Digests.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
        assertThat(Digests.sha256("a".getBytes(StandardCharsets.UTF_8), "bc".getBytes(StandardCharsets.UTF_8)))
                .isEqualTo(Digests.sha256("abc"));
    }

    @Test
    void hmacSha256MatchesTheKnownAnswerOfRfc4231() {
        // RFC 4231, test case 2
        byte[] mac = Digests.hmacSha256("Jefe".getBytes(StandardCharsets.US_ASCII),
                "what do ya want ".getBytes(StandardCharsets.US_ASCII),
                "for nothing?".getBytes(StandardCharsets.US_ASCII));

        assertThat(HexFormat.of().formatHex(mac))
                .isEqualTo("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");
    }

    @Test
    void anEmptyKeyIsRefused() {
        assertThatThrownBy(() -> Digests.hmacSha256(new byte[0], new byte[1]))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void aPresentedValueMatchesWhenItIsAnyOfTheCandidates() {
        byte[] presented = {1, 2};

        assertThat(Digests.matchesAny(presented, List.of(new byte[] {9}, new byte[] {1, 2}))).isTrue();
        assertThat(Digests.matchesAny(presented, List.of(new byte[] {1}, new byte[] {1, 3}))).isFalse();
        assertThat(Digests.matchesAny(presented, List.of())).isFalse();
    }

    @Test
    void equalityIsByContent() {
        assertThat(Digests.constantTimeEquals(new byte[] {1, 2}, new byte[] {1, 2})).isTrue();
        assertThat(Digests.constantTimeEquals(new byte[] {1, 2}, new byte[] {1, 3})).isFalse();
        assertThat(Digests.constantTimeEquals(new byte[] {1, 2}, new byte[] {1})).isFalse();
    }
}
