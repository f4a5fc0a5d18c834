package io.recruitflow.ingest.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublisher;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.candidate.Fixtures;
import io.recruitflow.contracts.testing.TopicProbe;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.ingest.LoopbackPost;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The request limits on the running service: a body over {@code ingest.limits.max-body} is refused
 * with {@code 413} whether its length is declared or streamed (chunked), and nothing is published;
 * a source over its rate gets {@code 429} with {@code Retry-After}, even an unknown webhook source,
 * before it would get its {@code 404}.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ingest.partitions=2",
        "ingest.limits.max-body=2KB",
        "ingest.limits.max-batch-body=8KB",
        "ingest.limits.requests-per-second=1",
        "ingest.limits.burst=10",
        "ingest.api.api-keys=limits-test-key"})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LimitsIntegrationTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final int MAX_BODY = 2048;

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private TopicProbe<CandidateProfile> profiles;

    @BeforeAll
    void probe() {
        profiles = TopicProbe.of(bootstrapServers, Topics.CANDIDATE_PROFILES.name(),
                new AvroSingleObjectDeserializer<>(CandidateProfile.class));
    }

    @AfterAll
    void close() {
        profiles.close();
    }

    @Test
    void refusesDeclaredAndStreamedBodiesOverTheLimitAndPublishesNothingFromThem() throws Exception {
        // Given a valid candidate padded with JSON whitespace past the limit, and the same candidate unpadded
        byte[] oversized = padded(candidate("oversized-declared"), MAX_BODY + 1);
        byte[] oversizedChunked = padded(candidate("oversized-chunked"), 3 * MAX_BODY);
        byte[] fits = candidate("fits");
        assertThat(fits.length).isLessThan(MAX_BODY);

        // When they are posted with a Content-Length, as a chunked stream, and the small one chunked too
        HttpResponse<String> declared = post("/api/v1/candidates", HttpRequest.BodyPublishers.ofByteArray(oversized));
        HttpResponse<String> chunked = post("/api/v1/candidates", chunked(oversizedChunked));
        HttpResponse<String> accepted = post("/api/v1/candidates", chunked(fits));

        // Then both oversized ones are 413 problem+json naming the limit, and only the small one is published
        assertPayloadTooLarge(declared, MAX_BODY);
        assertPayloadTooLarge(chunked, MAX_BODY);
        assertThat(accepted.statusCode()).isEqualTo(202);
        profiles.awaitKey("greenhouse:fits");
        assertThat(profiles.received()).extracting(ConsumerRecord::key)
                .doesNotContain("greenhouse:oversized-declared", "greenhouse:oversized-chunked");
    }

    @Test
    void refusesAnOversizedWebhookBeforeLookingAtItsSourceOrSignature() throws Exception {
        byte[] body = padded("{}".getBytes(StandardCharsets.UTF_8), MAX_BODY + 100);

        assertPayloadTooLarge(post("/webhooks/big-declared", HttpRequest.BodyPublishers.ofByteArray(body)), MAX_BODY);
        assertPayloadTooLarge(post("/webhooks/big-chunked", chunked(body)), MAX_BODY);
    }

    @Test
    void givesTheBatchPathItsOwnLargerLimit() throws Exception {
        HttpResponse<String> underBatchLimit = post("/api/v1/candidates:batch",
                HttpRequest.BodyPublishers.ofByteArray(padded("[]".getBytes(StandardCharsets.UTF_8), 4 * MAX_BODY)));
        HttpResponse<String> overBatchLimit = post("/api/v1/candidates:batch",
                HttpRequest.BodyPublishers.ofByteArray(padded("[]".getBytes(StandardCharsets.UTF_8), 4 * MAX_BODY + 1)));

        assertThat(underBatchLimit.statusCode()).isNotEqualTo(413);
        assertPayloadTooLarge(overBatchLimit, 4 * MAX_BODY);
    }

    @Test
    void throttlesABurstOnAnUnknownWebhookSourceBeforeItsNotFound() throws Exception {
        // Given a source sending faster than 1 request/s after a burst of 10
        List<Integer> statuses = new ArrayList<>();
        HttpResponse<String> limited = null;
        for (int i = 0; i < 40 && limited == null; i++) {
            HttpResponse<String> response = post("/webhooks/nosuchsource", HttpRequest.BodyPublishers.ofString("{}"));
            statuses.add(response.statusCode());
            if (response.statusCode() == 429) {
                limited = response;
            }
        }

        // Then the burst gets the 404 of an unknown source and the rest a 429 with Retry-After
        assertThat(limited).as("statuses %s", statuses).isNotNull();
        assertThat(statuses.subList(0, statuses.size() - 1)).hasSizeGreaterThanOrEqualTo(10).containsOnly(404);
        assertThat(limited.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(limited.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(limited.body());
        assertThat(problem.get("status").asInt()).isEqualTo(429);
        assertThat(problem.get("title").asString()).isEqualTo("Too many requests");

        // And another source is not affected
        assertThat(post("/webhooks/othersource", HttpRequest.BodyPublishers.ofString("{}")).statusCode()).isEqualTo(404);
    }

    private void assertPayloadTooLarge(HttpResponse<String> response, int limit) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(413);
        assertThat(problem.get("title").asString()).isEqualTo("Payload too large");
        assertThat(problem.get("detail").asString()).contains(limit + " bytes");
    }

    private HttpResponse<String> post(String path, BodyPublisher body) throws Exception {
        return LoopbackPost.send(http, port, path, "application/json", body, "X-Api-Key", "limits-test-key");
    }

    /** No length is known up front, so the client sends it chunked. */
    private static BodyPublisher chunked(byte[] body) {
        BodyPublisher publisher = HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(body));
        assertThat(publisher.contentLength()).isNegative();
        return publisher;
    }

    private static byte[] candidate(String externalId) {
        String json = new String(Fixtures.candidate("engineer"), StandardCharsets.UTF_8)
                .replace("\"externalId\": \"4711\"", "\"externalId\": \"" + externalId + "\"");
        assertThat(json).contains(externalId);
        return json.getBytes(StandardCharsets.UTF_8);
    }

    /** The JSON followed by spaces up to {@code length} bytes: still valid, just larger. */
    private static byte[] padded(byte[] json, int length) {
        byte[] body = new byte[length];
        java.util.Arrays.fill(body, (byte) ' ');
        System.arraycopy(json, 0, body, 0, json.length);
        return body;
    }
}
