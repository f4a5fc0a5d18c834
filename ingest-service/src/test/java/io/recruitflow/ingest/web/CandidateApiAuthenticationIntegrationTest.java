package io.recruitflow.ingest.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.testing.TopicProbe;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.contracts.webhooks.StandardWebhooks;
import io.recruitflow.ingest.LoopbackPost;
import io.recruitflow.kit.testing.LoopbackJwtIssuer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import tools.jackson.databind.json.JsonMapper;

/**
 * The candidate API behind the kit's one security chain, on a real (embedded KRaft) broker: a
 * Standard Webhooks signature (configured by ingest's earlier setting name) and an OAuth2 JWT of the
 * configured audience (keys from a {@link LoopbackJwtIssuer}) each publish; a tampered signature or
 * a token for another audience is a 401 problem naming why, and publishes nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ingest.partitions=2",
        "ingest.api.webhook-secrets=" + CandidateApiAuthenticationIntegrationTest.SECRET,
        "spring.security.oauth2.resourceserver.jwt.audiences=recruitflow-ingest"})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CandidateApiAuthenticationIntegrationTest {

    static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final LoopbackJwtIssuer ISSUER = new LoopbackJwtIssuer();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final HttpClient http = HttpClient.newHttpClient();
    private TopicProbe<CandidateProfile> profiles;

    @DynamicPropertySource
    static void jwkSet(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwkSetUri);
    }

    @BeforeAll
    void probe() {
        profiles = TopicProbe.of(bootstrapServers, Topics.CANDIDATE_PROFILES.name(),
                new AvroSingleObjectDeserializer<>(CandidateProfile.class));
    }

    @AfterAll
    void stop() {
        profiles.close();
        ISSUER.close();
    }

    @Test
    void aStandardWebhooksSignedCandidateIsPublishedAndATamperedOneIsNot() throws Exception {
        byte[] body = candidate("sig-1");
        long now = Instant.now().getEpochSecond();
        String signature = StandardWebhooks.sign(SECRET, "msg_sig_1", now, body);

        HttpResponse<String> signed = post(body, "webhook-id", "msg_sig_1", "webhook-timestamp", Long.toString(now),
                "webhook-signature", signature);
        HttpResponse<String> tampered = post(candidate("sig-2"), "webhook-id", "msg_sig_1",
                "webhook-timestamp", Long.toString(now), "webhook-signature", signature);

        assertThat(signed.statusCode()).isEqualTo(202);
        assertThat(profiles.awaitKey("careers-site:sig-1").value().getEventId()).isEqualTo("evt-sig-1");
        assertUnauthenticated(tampered, "signature does not match");
        assertThat(profiles.received()).noneMatch(record -> "careers-site:sig-2".equals(record.key()));
    }

    @Test
    void aSignedBatchIsVerifiedUpToIngestsBatchLimitNotTheKitsDefault() throws Exception {
        StringBuilder batch = new StringBuilder("[");
        for (int i = 0; i < 7; i++) {
            batch.append(i == 0 ? "" : ",").append("{\"source\":\"careers-site\",\"externalId\":\"big-").append(i)
                    .append("\",\"eventId\":\"evt-big-").append(i).append("\",\"skills\":[{\"name\":\"Java\"}],")
                    .append("\"resumeText\":\"").append("Java developer building REST APIs. ".repeat(5_000)).append("\"}");
        }
        byte[] body = batch.append(']').toString().getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> signed = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/candidates:batch"))
                .header("Content-Type", "application/json").header("webhook-id", "msg_batch_1")
                .header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", StandardWebhooks.sign(SECRET, "msg_batch_1", now, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(body.length).isGreaterThan(1_048_576);
        assertThat(signed.statusCode()).isEqualTo(202);
        assertThat(profiles.awaitKey("careers-site:big-6").value().getEventId()).isEqualTo("evt-big-6");
    }

    @Test
    void aJwtForThisServiceIsAcceptedAndOneForAnotherAudienceIsNot() throws Exception {
        HttpResponse<String> ours = post(candidate("jwt-1"), "Authorization", "Bearer " + ISSUER.token("ats-client", "recruitflow-ingest"));
        HttpResponse<String> theirs = post(candidate("jwt-2"), "Authorization", "Bearer " + ISSUER.token("ats-client", "recruitflow-billing"));

        assertThat(ours.statusCode()).isEqualTo(202);
        assertThat(profiles.awaitKey("careers-site:jwt-1").value().getEventId()).isEqualTo("evt-jwt-1");
        assertThat(theirs.statusCode()).isEqualTo(401);
        assertThat(theirs.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(value ->
                assertThat(value).startsWith("Bearer"));
        assertThat(JSON.readTree(theirs.body()).get("detail").asString()).startsWith("bearer token not accepted");
        assertThat(profiles.received()).noneMatch(record -> "careers-site:jwt-2".equals(record.key()));
    }

    @Test
    void aSignedErasureErases() throws Exception {
        long now = Instant.now().getEpochSecond();
        HttpResponse<String> erased = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/candidates/careers-site:gone-1"))
                .header("webhook-id", "msg_del_1").header("webhook-timestamp", Long.toString(now))
                .header("webhook-signature", StandardWebhooks.sign(SECRET, "msg_del_1", now, new byte[0]))
                .DELETE().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(erased.statusCode()).isEqualTo(202);
        assertThat(profiles.awaitRecord(record -> "careers-site:gone-1".equals(record.key())).value()).isNull();
    }

    private static void assertUnauthenticated(HttpResponse<String> response, String detail) throws IOException {
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(response.body()).get("detail").asString()).isEqualTo(detail);
    }

    private static byte[] candidate(String id) {
        return ("{\"source\":\"careers-site\",\"externalId\":\"" + id + "\",\"eventId\":\"evt-" + id
                + "\",\"headline\":\"Backend Developer\",\"skills\":[{\"name\":\"Java\"}]}").getBytes(StandardCharsets.UTF_8);
    }

    private HttpResponse<String> post(byte[] body, String... headers) throws Exception {
        return LoopbackPost.send(http, port, "/api/v1/candidates", "application/json", body, headers);
    }
}
