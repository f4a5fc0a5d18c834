package io.recruitflow.ingest.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class StandardWebhooksSignatureTest {

    private static final byte[] KEY = TestMacs.utf8("a 32-byte key for the test suite");
    private static final byte[] OTHER_KEY = TestMacs.utf8("another key that was rotated in");
    private static final String SECRET = "whsec_" + Base64.getEncoder().encodeToString(KEY);
    private static final String OTHER_SECRET = "whsec_" + Base64.getEncoder().encodeToString(OTHER_KEY);
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final String ID = "msg_2KWPBgLlAfxdpx2AI54pPJ85f4W";
    private static final byte[] BODY = TestMacs.utf8("{\"source\":\"acme\",\"externalId\":\"4711\"}");

    private final StandardWebhooksSignature verifier = new StandardWebhooksSignature(List.of(SECRET));

    /** webhook-signature computed with javax.crypto directly, not with {@link StandardWebhooks}. */
    private static String v1(byte[] key, String id, long timestamp, byte[] body) {
        String prefix = id + "." + timestamp + ".";
        byte[] content = new byte[prefix.length() + body.length];
        System.arraycopy(TestMacs.utf8(prefix), 0, content, 0, prefix.length());
        System.arraycopy(body, 0, content, prefix.length(), body.length);
        return "v1," + Base64.getEncoder().encodeToString(TestMacs.hmacSha256(key, content));
    }

    private static Map<String, String> headers(String id, long timestamp, String signature) {
        Map<String, String> headers = new HashMap<>();
        headers.put("webhook-id", id);
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put("webhook-signature", signature);
        return headers;
    }

    private static Map<String, String> signed(byte[] key, long timestamp) {
        return headers(ID, timestamp, v1(key, ID, timestamp, BODY));
    }

    @Test
    void acceptsAValidSignatureAndReportsTheWebhookIdAsDeliveryId() {
        AuthenticationResult verdict = verifier.verify(BODY, signed(KEY, NOW.getEpochSecond()), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Accepted("standard-webhooks", ID));
    }

    @Test
    void acceptsTheReferenceVectorAtItsOwnTimestamp() {
        // Known-answer vector from standard-webhooks/standard-webhooks,
        // libraries/java/src/test/java/com/standardwebhooks/WebhookTest.java (verifyWebhookSignWorks).
        var reference = new StandardWebhooksSignature(List.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw"));
        Map<String, String> headers = headers("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330L,
                "v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");

        AuthenticationResult verdict = reference.verify(TestMacs.utf8("{\"test\": 2432232314}"), headers,
                Instant.ofEpochSecond(1614265330L));

        assertThat(verdict).isEqualTo(new AuthenticationResult.Accepted("standard-webhooks", "msg_p5jXN8AQM9LWM0D4loKWxJek"));
    }

    @Test
    void rejectsTheBodyWithOneByteChanged() {
        Map<String, String> headers = signed(KEY, NOW.getEpochSecond());

        AuthenticationResult verdict = verifier.verify(TestMacs.withByteChanged(BODY, 5), headers, NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void rejectsAChangedWebhookIdBecauseTheIdIsSigned() {
        Map<String, String> headers = signed(KEY, NOW.getEpochSecond());
        headers.put("webhook-id", "msg_other");

        assertThat(verifier.verify(BODY, headers, NOW)).isInstanceOf(AuthenticationResult.Rejected.class);
    }

    @Test
    void rejectsASignatureMadeWithTheWrongSecret() {
        AuthenticationResult verdict = verifier.verify(BODY, signed(OTHER_KEY, NOW.getEpochSecond()), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void rejectsEachMissingHeaderNamingIt() {
        for (String name : List.of("webhook-id", "webhook-timestamp", "webhook-signature")) {
            Map<String, String> headers = signed(KEY, NOW.getEpochSecond());
            headers.remove(name);

            assertThat(verifier.verify(BODY, headers, NOW))
                    .isEqualTo(new AuthenticationResult.Rejected("missing " + name + " header"));
        }
    }

    @Test
    void rejectsATimestampOlderThanTheToleranceEvenWhenTheSignatureIsValid() {
        long stale = NOW.minus(Duration.ofMinutes(5)).minusSeconds(1).getEpochSecond();

        AuthenticationResult verdict = verifier.verify(BODY, signed(KEY, stale), NOW);

        assertThat(verdict).isEqualTo(new AuthenticationResult.Rejected("webhook-timestamp outside the 5-minute tolerance"));
    }

    @Test
    void rejectsATimestampTooFarInTheFuture() {
        long future = NOW.plus(Duration.ofMinutes(5)).plusSeconds(1).getEpochSecond();

        assertThat(verifier.verify(BODY, signed(KEY, future), NOW)).isInstanceOf(AuthenticationResult.Rejected.class);
    }

    @Test
    void acceptsATimestampExactlyAtTheEdgeOfTheTolerance() {
        long edge = NOW.minus(Duration.ofMinutes(5)).getEpochSecond();

        assertThat(verifier.verify(BODY, signed(KEY, edge), NOW).accepted()).isTrue();
    }

    @Test
    void honoursAConfiguredTolerance() {
        var strict = new StandardWebhooksSignature(List.of(SECRET), Duration.ofSeconds(30));
        long old = NOW.minusSeconds(31).getEpochSecond();

        assertThat(strict.verify(BODY, signed(KEY, old), NOW))
                .isEqualTo(new AuthenticationResult.Rejected("webhook-timestamp outside the 30-second tolerance"));
    }

    @Test
    void acceptsAReplayedIdInsideTheWindowBecauseIdempotencyIsAnotherLayersJob() {
        Map<String, String> headers = signed(KEY, NOW.getEpochSecond());

        assertThat(verifier.verify(BODY, headers, NOW).accepted()).isTrue();
        assertThat(verifier.verify(BODY, headers, NOW.plusSeconds(60)))
                .isEqualTo(new AuthenticationResult.Accepted("standard-webhooks", ID));
    }

    @Test
    void rejectsATimestampThatIsNotUnixSeconds() {
        for (String timestamp : List.of("2026-03-01T12:00:00Z", "-1", "1.5", "99999999999999999999")) {
            Map<String, String> headers = signed(KEY, NOW.getEpochSecond());
            headers.put("webhook-timestamp", timestamp);

            assertThat(verifier.verify(BODY, headers, NOW))
                    .isEqualTo(new AuthenticationResult.Rejected("webhook-timestamp is not unix seconds"));
        }
    }

    @Test
    void rejectsASignatureDifferingOnlyInItsLastByte() {
        byte[] mac = Base64.getDecoder().decode(v1(KEY, ID, NOW.getEpochSecond(), BODY).substring(3));
        mac[mac.length - 1] ^= 0x01;
        Map<String, String> headers = headers(ID, NOW.getEpochSecond(), "v1," + Base64.getEncoder().encodeToString(mac));

        assertThat(verifier.verify(BODY, headers, NOW)).isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
    }

    @Test
    void rejectsMalformedSignaturesWithoutThrowing() {
        String valid = v1(KEY, ID, NOW.getEpochSecond(), BODY);
        List<String> malformed = List.of(
                "v1,not base64 at all!",
                "v1,",
                "v1",
                ",,,",
                valid.substring(0, valid.length() - 4),            // truncated MAC
                valid + "AAAA",                                     // longer MAC
                "v2," + valid.substring(3),                         // right MAC, unknown version
                valid.substring(3),                                 // no version at all
                "v1a" + valid.substring(2));
        for (String signature : malformed) {
            Map<String, String> headers = headers(ID, NOW.getEpochSecond(), signature);

            assertThat(verifier.verify(BODY, headers, NOW))
                    .as(signature)
                    .isEqualTo(new AuthenticationResult.Rejected("signature does not match"));
        }
    }

    @Test
    void acceptsWhenAnyOfSeveralSpaceSeparatedSignaturesMatches() {
        String valid = v1(KEY, ID, NOW.getEpochSecond(), BODY);
        Map<String, String> headers = headers(ID, NOW.getEpochSecond(),
                "v1,Ceo5qEr07ixe2NLpvHk3FH9bwy/WavXrAFQ/9tdO6mc= v2,abc " + valid + " v1,garbage");

        assertThat(verifier.verify(BODY, headers, NOW).accepted()).isTrue();
    }

    @Test
    void acceptsASignatureUnderTheSecondConfiguredSecretDuringRotation() {
        var rotating = new StandardWebhooksSignature(List.of(SECRET, OTHER_SECRET));

        assertThat(rotating.verify(BODY, signed(OTHER_KEY, NOW.getEpochSecond()), NOW).accepted()).isTrue();
        assertThat(rotating.verify(BODY, signed(KEY, NOW.getEpochSecond()), NOW).accepted()).isTrue();
    }

    @Test
    void rejectionReasonsNeverEchoTheSecretTheSignatureOrTheBody() {
        Map<String, String> headers = signed(OTHER_KEY, NOW.getEpochSecond());

        AuthenticationResult.Rejected rejected = (AuthenticationResult.Rejected) verifier.verify(BODY, headers, NOW);

        assertThat(rejected.reason())
                .doesNotContain(SECRET.substring(6))
                .doesNotContain(headers.get("webhook-signature").substring(3))
                .doesNotContain("4711");
    }

    @Test
    void refusesToBeBuiltWithoutASecretOrWithANonPositiveTolerance() {
        assertThatThrownBy(() -> new StandardWebhooksSignature(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new StandardWebhooksSignature(List.of(SECRET), Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
