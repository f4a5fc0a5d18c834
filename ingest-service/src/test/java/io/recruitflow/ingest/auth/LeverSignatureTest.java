package io.recruitflow.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class LeverSignatureTest {

    private static final String SIGNATURE_TOKEN = "lever-signature-token";
    private static final String TOKEN = "3f1b6a5e-webhook-token";
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final long TRIGGERED_AT = NOW.minusSeconds(2).toEpochMilli();

    private final LeverSignature verifier = new LeverSignature(TestMacs.utf8(SIGNATURE_TOKEN));

    private static String signature(String key, String token, String triggeredAt) {
        return TestMacs.hexHmac(key, TestMacs.utf8(token + triggeredAt));
    }

    private static byte[] body(String token, String triggeredAtJson, String signature) {
        return TestMacs.utf8("""
                {"id":"evt-1","event":"candidateStageChange","token":"%s","triggeredAt":%s,"signature":"%s",
                 "data":{"opportunityId":"opp-4711","fromStageId":"s1","toStageId":"s2"}}"""
                .formatted(token, triggeredAtJson, signature));
    }

    private static byte[] signedBody(String key, long triggeredAt) {
        String millis = Long.toString(triggeredAt);
        return body(TOKEN, millis, signature(key, TOKEN, millis));
    }

    @Test
    void acceptsAValidSignatureOverTokenPlusTriggeredAt() {
        AuthenticationResult verdict = verifier.verify(signedBody(SIGNATURE_TOKEN, TRIGGERED_AT), Map.of(), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Accepted("lever", null));
    }

    @Test
    void acceptsTriggeredAtSentAsAStringOfDigits() {
        String millis = Long.toString(TRIGGERED_AT);
        byte[] body = body(TOKEN, "\"" + millis + "\"", signature(SIGNATURE_TOKEN, TOKEN, millis));

        assertThat(verifier.verify(body, Map.of(), NOW).accepted()).isTrue();
    }

    @Test
    void rejectsAChangedTokenOrTriggeredAtBecauseBothAreSigned() {
        String millis = Long.toString(TRIGGERED_AT);
        String signature = signature(SIGNATURE_TOKEN, TOKEN, millis);

        assertThat(verifier.verify(body("other-token", millis, signature), Map.of(), NOW))
                .isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
        assertThat(verifier.verify(body(TOKEN, Long.toString(TRIGGERED_AT + 1), signature), Map.of(), NOW))
                .isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void acceptsAChangedDataFieldBecauseLeverDoesNotSignIt() {
        // Documented limit of Lever's scheme: only token + triggeredAt are signed.
        byte[] body = signedBody(SIGNATURE_TOKEN, TRIGGERED_AT);
        String tampered = new String(body, java.nio.charset.StandardCharsets.UTF_8).replace("opp-4711", "opp-4712");

        assertThat(verifier.verify(TestMacs.utf8(tampered), Map.of(), NOW).accepted()).isTrue();
    }

    @Test
    void rejectsASignatureMadeWithTheWrongSignatureToken() {
        AuthenticationResult verdict = verifier.verify(signedBody("another-signature-token", TRIGGERED_AT), Map.of(), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void rejectsEachMissingFieldNamingIt() {
        String millis = Long.toString(TRIGGERED_AT);
        String signature = signature(SIGNATURE_TOKEN, TOKEN, millis);

        assertThat(verifier.verify(TestMacs.utf8("{\"triggeredAt\":" + millis + ",\"signature\":\"" + signature + "\"}"),
                Map.of(), NOW)).isEqualTo(new AuthenticationResult.Rejected("missing token field in body"));
        assertThat(verifier.verify(TestMacs.utf8("{\"token\":\"" + TOKEN + "\",\"signature\":\"" + signature + "\"}"),
                Map.of(), NOW)).isEqualTo(new AuthenticationResult.Rejected("missing triggeredAt field in body"));
        assertThat(verifier.verify(TestMacs.utf8("{\"token\":\"" + TOKEN + "\",\"triggeredAt\":" + millis + "}"),
                Map.of(), NOW)).isEqualTo(new AuthenticationResult.Rejected("missing signature field in body"));
    }

    @Test
    void rejectsAStaleTriggeredAtEvenWhenTheSignatureIsValid() {
        long stale = NOW.minus(Duration.ofMinutes(5)).minusMillis(1).toEpochMilli();

        AuthenticationResult verdict = verifier.verify(signedBody(SIGNATURE_TOKEN, stale), Map.of(), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Rejected("triggeredAt outside the 5-minute tolerance"));
    }

    @Test
    void rejectsATriggeredAtTooFarInTheFuture() {
        long future = NOW.plus(Duration.ofMinutes(5)).plusMillis(1).toEpochMilli();

        assertThat(verifier.verify(signedBody(SIGNATURE_TOKEN, future), Map.of(), NOW)).isInstanceOf(AuthenticationResult.Rejected.class);
    }

    @Test
    void honoursAConfiguredTolerance() {
        var lenient = new LeverSignature(List.of(TestMacs.utf8(SIGNATURE_TOKEN)), Duration.ofHours(1));
        long late = NOW.minus(Duration.ofMinutes(30)).toEpochMilli();

        assertThat(lenient.verify(signedBody(SIGNATURE_TOKEN, late), Map.of(), NOW).accepted()).isTrue();
        assertThat(verifier.verify(signedBody(SIGNATURE_TOKEN, late), Map.of(), NOW).accepted()).isFalse();
    }

    @Test
    void rejectsASignatureDifferingOnlyInItsLastByte() {
        String millis = Long.toString(TRIGGERED_AT);
        String hex = signature(SIGNATURE_TOKEN, TOKEN, millis);

        AuthenticationResult verdict = verifier.verify(body(TOKEN, millis, TestMacs.flipHexDigit(hex, hex.length() - 1)), Map.of(), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void rejectsMalformedSignaturesWithoutThrowing() {
        String millis = Long.toString(TRIGGERED_AT);
        String hex = signature(SIGNATURE_TOKEN, TOKEN, millis);
        for (String signature : List.of(hex.substring(1), hex.substring(2), hex + "00", "not-hex", "sha256=" + hex)) {
            assertThat(verifier.verify(body(TOKEN, millis, signature), Map.of(), NOW))
                    .as(signature)
                    .isInstanceOf(AuthenticationResult.Rejected.class);
        }
    }

    @Test
    void rejectsBodiesThatAreNotTheExpectedJsonWithoutThrowing() {
        String millis = Long.toString(TRIGGERED_AT);
        String hex = signature(SIGNATURE_TOKEN, TOKEN, millis);
        List<String> bodies = List.of(
                "",
                "not json",
                "[1,2,3]",
                "\"a string\"",
                "{\"token\":",
                "{".repeat(5000),
                "{\"token\":42,\"triggeredAt\":" + millis + ",\"signature\":\"" + hex + "\"}",
                "{\"token\":\"" + TOKEN + "\",\"triggeredAt\":1.5e12,\"signature\":\"" + hex + "\"}",
                "{\"token\":\"" + TOKEN + "\",\"triggeredAt\":-1,\"signature\":\"" + hex + "\"}",
                "{\"token\":\"" + TOKEN + "\",\"triggeredAt\":99999999999999999999999,\"signature\":\"" + hex + "\"}",
                "{\"token\":\"" + TOKEN + "\",\"triggeredAt\":" + millis + ",\"signature\":{\"hex\":\"" + hex + "\"}}");
        for (String body : bodies) {
            AuthenticationResult verdict = verifier.verify(TestMacs.utf8(body), Map.of(), NOW);

            assertThat(verdict).as(body.length() > 60 ? body.substring(0, 60) : body).isInstanceOf(AuthenticationResult.Rejected.class);
        }
    }

    @Test
    void rejectsADuplicatedSignatureFieldRatherThanPickingOne() {
        String millis = Long.toString(TRIGGERED_AT);
        String hex = signature(SIGNATURE_TOKEN, TOKEN, millis);
        byte[] body = TestMacs.utf8("{\"token\":\"" + TOKEN + "\",\"triggeredAt\":" + millis
                + ",\"signature\":\"" + hex + "\",\"signature\":\"" + hex + "\"}");

        assertThat(verifier.verify(body, Map.of(), NOW)).isInstanceOf(AuthenticationResult.Rejected.class);
    }

    @Test
    void acceptsASignatureUnderTheSecondConfiguredTokenDuringRotation() {
        var rotating = new LeverSignature(List.of(TestMacs.utf8("old-token"), TestMacs.utf8(SIGNATURE_TOKEN)),
                LeverSignature.DEFAULT_TOLERANCE);

        assertThat(rotating.verify(signedBody(SIGNATURE_TOKEN, TRIGGERED_AT), Map.of(), NOW).accepted()).isTrue();
    }

    @Test
    void rejectionReasonsNeverEchoTheBody() {
        AuthenticationResult.Rejected rejected = (AuthenticationResult.Rejected) verifier.verify(
                signedBody("wrong", TRIGGERED_AT), Map.of(), NOW);

        assertThat(rejected.reason()).doesNotContain("opp-4711").doesNotContain(TOKEN);
    }

    @Test
    void refusesToBeBuiltWithoutATokenOrWithANonPositiveTolerance() {
        assertThatThrownBy(() -> new LeverSignature(List.of(), Duration.ofMinutes(5)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new LeverSignature(List.of(TestMacs.utf8("t")), Duration.ofMinutes(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
