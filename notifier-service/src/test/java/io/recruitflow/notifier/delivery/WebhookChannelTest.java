package io.recruitflow.notifier.delivery;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import io.recruitflow.notifier.delivery.DeliveryAttempt.Outcome;
import io.recruitflow.notifier.notification.ChannelSettings.Type;
import io.recruitflow.notifier.notification.ChannelSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class WebhookChannelTest {

    static final String SECRET = secret(1);
    static final String NEXT_SECRET = secret(2);
    static final OutboundSettings LOOPBACK = new OutboundSettings(List.of("127.0.0.1"), List.of("127.0.0.1"),
            Duration.ofSeconds(2), Duration.ofSeconds(5));

    final MutableClock clock = new MutableClock(Instant.parse("2025-03-01T12:00:00Z"));
    @RegisterExtension
    final LoopbackServer server = new LoopbackServer();

    @Test
    void postsStandardWebhooksSignedJsonThatAnIndependentVerifierAccepts() throws Exception {
        Channel channel = webhook(LOOPBACK, server.url("/hooks/recruiting"), SECRET);

        DeliveryAttempt attempt = channel.deliver(Notifications.routed("d-1"), 1);

        assertThat(attempt.outcome()).isEqualTo(Outcome.DELIVERED);
        assertThat(attempt.httpStatus()).isEqualTo(200);
        LoopbackServer.Received request = server.received().get(0);
        assertThat(request.method()).isEqualTo("POST");
        assertThat(request.path()).isEqualTo("/hooks/recruiting");
        assertThat(request.header("content-type")).isEqualTo("application/json");
        assertThat(request.header("webhook-id")).isEqualTo("d-1");
        assertThat(request.header("webhook-timestamp")).isEqualTo(Long.toString(clock.instant().getEpochSecond()));
        assertThat(verify(SECRET, request, clock.instant())).isTrue();
        assertThat(verify(NEXT_SECRET, request, clock.instant())).as("a secret it was not signed with").isFalse();
        assertThat(verify(SECRET, request, clock.instant().plus(Duration.ofMinutes(6)))).as("outside the tolerance").isFalse();
    }

    @Test
    void signsOncePerSecretDuringARotation() throws Exception {
        Channel channel = webhook(LOOPBACK, server.url("/"), SECRET, NEXT_SECRET);

        channel.deliver(Notifications.routed("d-2"), 1);

        LoopbackServer.Received request = server.received().get(0);
        assertThat(request.header("webhook-signature").split(" ")).hasSize(2).allMatch(s -> s.startsWith("v1,"));
        assertThat(verify(SECRET, request, clock.instant())).isTrue();
        assertThat(verify(NEXT_SECRET, request, clock.instant())).isTrue();
    }

    @Test
    void aRetryKeepsTheWebhookIdAndSignsItsOwnTimestamp() throws Exception {
        Channel channel = webhook(LOOPBACK, server.url("/"), SECRET);
        channel.deliver(Notifications.routed("d-3"), 1);
        clock.advance(Duration.ofSeconds(90));

        channel.deliver(Notifications.routed("d-3"), 2);

        LoopbackServer.Received first = server.received().get(0);
        LoopbackServer.Received second = server.received().get(1);
        assertThat(second.header("webhook-id")).isEqualTo(first.header("webhook-id")).isEqualTo("d-3");
        assertThat(Long.parseLong(second.header("webhook-timestamp")))
                .isEqualTo(Long.parseLong(first.header("webhook-timestamp")) + 90);
        assertThat(verify(SECRET, second, clock.instant())).isTrue();
    }

    @Test
    void theBodyHasTheDocumentedShape() {
        webhook(LOOPBACK, server.url("/"), SECRET).deliver(Notifications.routed("d-4"), 1);

        JsonNode body = JsonMapper.builder().build().readTree(server.received().get(0).body());
        assertThat(body.get("type").asString()).isEqualTo("candidate.routed");
        assertThat(body.get("id").asString()).isEqualTo("d-4");
        assertThat(body.get("candidate").get("key").asString()).isEqualTo("greenhouse:4711");
        assertThat(body.get("candidate").get("displayName").asString()).isEqualTo(Notifications.DISPLAY_NAME);
        assertThat(body.get("candidate").get("url").asString()).isEqualTo("https://ats.example.com/candidates/4711?tab=profile&x=1");
        assertThat(body.get("role").asString()).isEqualTo("BACKEND_ENGINEER");
        assertThat(body.get("confidence").asDouble()).isEqualTo(0.87);
        assertThat(body.get("evidence")).hasSize(2);
        assertThat(body.get("evidence").get(0).get("matchedText").asString()).isEqualTo(Notifications.MATCHED_TEXT);
        assertThat(body.get("evidence").get(0).get("signal").asString()).isEqualTo("SKILL");
        assertThat(body.get("suggestedPlatform").get("platform").asString()).isEqualTo("DISTANTJOB");
        assertThat(body.get("suggestedPlatform").get("score").asDouble()).isEqualTo(0.91);
        assertThat(body.get("suggestedPlatform").get("reasons")).hasSize(2);
        assertThat(body.get("alternatives").get(0).get("platform").asString()).isEqualTo("TOPTAL");
        assertThat(body.get("requiresHumanReview").asBoolean()).isFalse();
        assertThat(body.get("reviewReason").isNull()).isTrue();
        assertThat(body.get("queue").asString()).isEqualTo("backend-engineers");
        assertThat(body.get("rulesVersion").asString()).isEqualTo("rules-2025.1");
        assertThat(body.get("modelVersion").asString()).isEqualTo("model-3");
        assertThat(body.get("occurredAt").asString()).isEqualTo("2025-01-01T10:00:00Z");
        assertThat(body.get("decidedAt").asString()).isEqualTo("2025-01-01T10:00:01Z");
    }

    @ParameterizedTest(name = "HTTP {0} is {1}")
    @CsvSource({
            "200, DELIVERED", "204, DELIVERED",
            "503, RETRYABLE", "429, RETRYABLE", "408, RETRYABLE", "500, RETRYABLE",
            "400, PERMANENT_FAILURE", "410, PERMANENT_FAILURE", "401, PERMANENT_FAILURE"})
    void mapsTheReceiversStatus(int status, Outcome outcome) {
        server.answering(status);

        DeliveryAttempt attempt = webhook(LOOPBACK, server.url("/"), SECRET).deliver(Notifications.routed("d-5"), 1);

        assertThat(attempt.outcome()).isEqualTo(outcome);
        assertThat(attempt.httpStatus()).isEqualTo(status);
        if (outcome != Outcome.DELIVERED) {
            assertThat(attempt.error()).isEqualTo("HTTP " + status + " from 127.0.0.1");
        }
    }

    @Test
    void doesNotFollowARedirectToLoopback() {
        try (LoopbackServer internal = new LoopbackServer()) {
            server.answering(302, Map.of("Location", internal.url("/admin?token=abc").toString()));

            DeliveryAttempt attempt = webhook(LOOPBACK, server.url("/"), SECRET).deliver(Notifications.routed("d-6"), 1);

            assertThat(attempt.outcome()).isEqualTo(Outcome.PERMANENT_FAILURE);
            assertThat(attempt.httpStatus()).isEqualTo(302);
            assertThat(attempt.error()).contains("302", "redirects are not followed").doesNotContain("token", "admin");
            assertThat(internal.received()).isEmpty();
        }
    }

    @Test
    void aRefusedConnectionIsRetryable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            closedPort = socket.getLocalPort();
        }

        DeliveryAttempt attempt = webhook(LOOPBACK, URI.create("http://127.0.0.1:" + closedPort + "/"), SECRET)
                .deliver(Notifications.routed("d-7"), 1);

        assertThat(attempt.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(attempt.httpStatus()).isNull();
        assertThat(attempt.error()).contains("cannot connect to 127.0.0.1");
    }

    @Test
    void aReceiverThatNeverAnswersTimesOutRetryably() {
        server.neverAnswering();
        OutboundSettings impatient = new OutboundSettings(LOOPBACK.allowPrivate(), LOOPBACK.allowPlainHttp(),
                Duration.ofSeconds(2), Duration.ofMillis(300));

        DeliveryAttempt attempt = webhook(impatient, server.url("/"), SECRET).deliver(Notifications.routed("d-8"), 1);

        assertThat(attempt.outcome()).isEqualTo(Outcome.RETRYABLE);
        assertThat(attempt.error()).isEqualTo("no response from 127.0.0.1 within PT0.3S");
    }

    @Test
    void errorsCarryNeitherCandidateDataNorTheUrlsPathOrQuery() {
        server.answering(500);

        DeliveryAttempt attempt = webhook(LOOPBACK, server.url("/hooks/T0KEN?sig=secret"), SECRET)
                .deliver(Notifications.routed("d-9"), 1);

        assertThat(attempt.error()).doesNotContain("T0KEN", "secret", "Jane", "greenhouse", "whsec");
    }

    private Channel webhook(OutboundSettings outbound, URI url, String... secrets) {
        return new Channels(outbound, clock, null)
                .create("backend-team", new ChannelSettings(Type.WEBHOOK, url, List.of(secrets), null, null));
    }

    private static boolean verify(String secret, LoopbackServer.Received request, Instant now) throws Exception {
        return new StandardWebhooksVerifier(secret).verify(request.header("webhook-id"), request.header("webhook-timestamp"),
                request.header("webhook-signature"), new String(request.body(), StandardCharsets.UTF_8), now);
    }

    static String secret(int seed) {
        byte[] key = new byte[32];
        Arrays.fill(key, (byte) seed);
        return "whsec_" + Base64.getEncoder().encodeToString(key);
    }
}
