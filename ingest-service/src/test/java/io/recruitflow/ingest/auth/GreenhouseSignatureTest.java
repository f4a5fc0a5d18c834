package io.recruitflow.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class GreenhouseSignatureTest {

    private static final String SECRET = "greenhouse-secret-key";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final byte[] BODY = TestMacs.utf8(
            "{\"action\":\"new_candidate_application\",\"payload\":{\"application\":{\"id\":4711}}}");

    private final GreenhouseSignature verifier = new GreenhouseSignature(TestMacs.utf8(SECRET));

    private static Map<String, String> headers(String signature) {
        Map<String, String> headers = new HashMap<>();
        headers.put("signature", signature);
        headers.put("greenhouse-event-id", "evt-123");
        return headers;
    }

    @Test
    void acceptsAValidSignatureAndPassesTheEventIdThrough() {
        AuthenticationResult verdict = verifier.verify(BODY, headers("sha256 " + TestMacs.hexHmac(SECRET, BODY)), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Accepted("greenhouse", "evt-123"));
    }

    @Test
    void acceptsTheRfc4231KnownAnswerAsAGreenhouseSignature() {
        // RFC 4231, section 4.3 (test case 2): HMAC-SHA-256 with key "Jefe".
        var jefe = new GreenhouseSignature(TestMacs.utf8("Jefe"));
        Map<String, String> headers = Map.of("signature",
                "sha256 5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843");

        AuthenticationResult verdict = jefe.verify(TestMacs.utf8("what do ya want for nothing?"), headers, NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Accepted("greenhouse", null));
    }

    @Test
    void rejectsTheBodyWithOneByteChanged() {
        Map<String, String> headers = headers("sha256 " + TestMacs.hexHmac(SECRET, BODY));

        assertThat(verifier.verify(TestMacs.withByteChanged(BODY, 10), headers, NOW))
                .isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void rejectsASignatureMadeWithTheWrongSecret() {
        Map<String, String> headers = headers("sha256 " + TestMacs.hexHmac("another-secret", BODY));

        assertThat(verifier.verify(BODY, headers, NOW)).isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void rejectsAMissingSignatureHeaderNamingIt() {
        AuthenticationResult verdict = verifier.verify(BODY, Map.of("greenhouse-event-id", "evt-123"), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Rejected("missing Signature header"));
    }

    @Test
    void rejectsASignatureDifferingOnlyInItsLastByte() {
        String hex = TestMacs.hexHmac(SECRET, BODY);

        AuthenticationResult verdict = verifier.verify(BODY, headers("sha256 " + TestMacs.flipHexDigit(hex, hex.length() - 1)), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void rejectsMalformedSignaturesWithoutThrowing() {
        String hex = TestMacs.hexHmac(SECRET, BODY);
        List<String> malformed = List.of(
                hex,                                  // no "sha256 " prefix
                "sha256=" + hex,                      // GitHub's format, not Greenhouse's
                "sha1 " + hex,
                "sha256 ",
                "sha256 " + hex.substring(1),         // odd length
                "sha256 " + hex.substring(2),         // one byte short
                "sha256 " + hex + "00",               // one byte long
                "sha256 " + hex.replace(hex.charAt(0), 'g'),
                "sha256 " + java.util.Base64.getEncoder().encodeToString(TestMacs.hmacSha256(TestMacs.utf8(SECRET), BODY)));
        for (String signature : malformed) {
            assertThat(verifier.verify(BODY, headers(signature), NOW))
                    .as(signature)
                    .isInstanceOf(AuthenticationResult.Rejected.class);
        }
    }

    @Test
    void acceptsUpperCaseHexAndSurroundingWhitespace() {
        String hex = TestMacs.hexHmac(SECRET, BODY).toUpperCase();

        assertThat(verifier.verify(BODY, headers("  sha256 " + hex + " "), NOW).accepted()).isTrue();
    }

    @Test
    void acceptsASignatureUnderTheSecondConfiguredSecretDuringRotation() {
        var rotating = new GreenhouseSignature(List.of(TestMacs.utf8("old-secret"), TestMacs.utf8(SECRET)));

        assertThat(rotating.verify(BODY, headers("sha256 " + TestMacs.hexHmac(SECRET, BODY)), NOW).accepted()).isTrue();
    }

    @Test
    void reportsNoDeliveryIdWhenTheEventIdHeaderIsAbsent() {
        Map<String, String> headers = Map.of("signature", "sha256 " + TestMacs.hexHmac(SECRET, BODY));

        assertThat(verifier.verify(BODY, headers, NOW)).isEqualTo(new AuthenticationResult.Accepted("greenhouse", null));
    }

    @Test
    void refusesToBeBuiltWithAnEmptySecret() {
        assertThatThrownBy(() -> new GreenhouseSignature(new byte[0])).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new GreenhouseSignature(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
