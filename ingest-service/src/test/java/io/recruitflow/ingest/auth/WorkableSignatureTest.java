package io.recruitflow.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class WorkableSignatureTest {

    private static final String TOKEN = "workable-account-token";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final byte[] BODY = TestMacs.utf8(
            "{\"event_type\":\"candidate_created\",\"data\":{\"id\":\"3fc9a80f\",\"name\":\"Canary Name\"}}");

    private final WorkableSignature verifier = new WorkableSignature(TestMacs.utf8(TOKEN));

    private static Map<String, String> headers(String signature) {
        return Map.of("x-workable-signature", signature);
    }

    @Test
    void acceptsAValidHexSignature() {
        AuthenticationResult verdict = verifier.verify(BODY, headers(TestMacs.hexHmac(TOKEN, BODY)), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Accepted("workable", null));
    }

    @Test
    void acceptsTheRfc4231KnownAnswerAsAWorkableSignature() {
        // RFC 4231, section 4.3 (test case 2): HMAC-SHA-256 with key "Jefe".
        var jefe = new WorkableSignature(TestMacs.utf8("Jefe"));

        AuthenticationResult verdict = jefe.verify(TestMacs.utf8("what do ya want for nothing?"),
                headers("5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"), NOW);

        assertThat(verdict.accepted()).isTrue();
    }

    @Test
    void rejectsTheBodyWithOneByteChanged() {
        AuthenticationResult verdict = verifier.verify(TestMacs.withByteChanged(BODY, 0), headers(TestMacs.hexHmac(TOKEN, BODY)), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void rejectsASignatureMadeWithTheWrongSecret() {
        AuthenticationResult verdict = verifier.verify(BODY, headers(TestMacs.hexHmac("other-token", BODY)), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void rejectsAMissingSignatureHeaderNamingIt() {
        assertThat(verifier.verify(BODY, Map.of(), NOW))
                .isEqualTo(new AuthenticationResult.Rejected("missing X-Workable-Signature header"));
    }

    @Test
    void rejectsASignatureDifferingOnlyInItsLastByte() {
        String hex = TestMacs.hexHmac(TOKEN, BODY);

        assertThat(verifier.verify(BODY, headers(TestMacs.flipHexDigit(hex, hex.length() - 1)), NOW))
                .isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void rejectsMalformedSignaturesWithoutThrowing() {
        String hex = TestMacs.hexHmac(TOKEN, BODY);
        List<String> malformed = List.of(
                "sha256=" + hex,
                hex.substring(1),
                hex.substring(2),
                hex + "ab",
                "zz" + hex.substring(2),
                Base64.getEncoder().encodeToString(TestMacs.hmacSha256(TestMacs.utf8(TOKEN), BODY)));
        for (String signature : malformed) {
            assertThat(verifier.verify(BODY, headers(signature), NOW))
                    .as(signature)
                    .isInstanceOf(AuthenticationResult.Rejected.class);
        }
    }

    @Test
    void acceptsASignatureUnderTheSecondConfiguredSecretDuringRotation() {
        var rotating = new WorkableSignature(List.of(TestMacs.utf8("old-token"), TestMacs.utf8(TOKEN)));

        assertThat(rotating.verify(BODY, headers(TestMacs.hexHmac(TOKEN, BODY)), NOW).accepted()).isTrue();
    }
}
