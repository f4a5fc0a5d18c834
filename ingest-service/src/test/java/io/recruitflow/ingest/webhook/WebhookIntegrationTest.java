package io.recruitflow.ingest.webhook;

import static io.recruitflow.contracts.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.cloudevents.CloudEventHeaders;
import io.recruitflow.contracts.testing.TopicProbe;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.contracts.webhooks.StandardWebhooks;
import io.recruitflow.ingest.LoopbackPost;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code POST /webhooks/{source}} and {@code DELETE /api/v1/candidates/{key}} on a real (embedded
 * KRaft) broker: signed vendor payloads become profiles or erasures; unsigned, forged or unknown
 * ones are refused with problem+json and publish nothing.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "ingest.partitions=2",
        "ingest.sources.greenhouse.scheme=greenhouse",
        "ingest.sources.greenhouse.secrets=" + WebhookIntegrationTest.GREENHOUSE_SECRET,
        "ingest.sources.inhouse.scheme=standard-webhooks",
        "ingest.sources.inhouse.secrets=" + WebhookIntegrationTest.INHOUSE_SECRET,
        "ingest.sources.inhouse.format=canonical",
        "ingest.api.api-keys=" + WebhookIntegrationTest.API_KEY})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class WebhookIntegrationTest {

    static final String API_KEY = "test-api-key-83b0";
    static final String GREENHOUSE_SECRET = "gh-test-secret-7f3a";
    static final String INHOUSE_SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final HttpClient http = HttpClient.newHttpClient();
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
    void publishesASignedGreenhouseApplicationAsAProfile() throws Exception {
        byte[] body = fixture("greenhouse/new_candidate_application.json");

        HttpResponse<String> response = post("/webhooks/greenhouse", body,
                "Signature", "sha256 " + hmacHex(GREENHOUSE_SECRET, body), "Greenhouse-Event-ID", "gh-delivery-1");

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("status").asString()).isEqualTo("accepted");
        assertThat(answer.get("candidateKey").asString()).isEqualTo("greenhouse:60304594");
        CandidateProfile profile = profiles.awaitRecord(record ->
                "greenhouse:60304594".equals(record.key()) && record.value() != null).value();
        assertThat(profile.getEventId()).isEqualTo("gh-delivery-1");
        assertThat(profile.toString()).doesNotContain("canary.grace@example.org", "555 0100 4242");
    }

    @Test
    void refusesAForgedOrUnsignedGreenhouseWebhookAndPublishesNothing() throws Exception {
        byte[] body = fixture("greenhouse/new_candidate_application.json");
        byte[] forged = new String(body, StandardCharsets.UTF_8).replace("60304594", "99999999").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> tampered = post("/webhooks/greenhouse", forged,
                "Signature", "sha256 " + hmacHex(GREENHOUSE_SECRET, body));
        HttpResponse<String> unsigned = post("/webhooks/greenhouse", body);

        assertThat(tampered.statusCode()).isEqualTo(401);
        assertThat(tampered.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(unsigned.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(unsigned.body()).get("detail").asString()).containsIgnoringCase("signature");
        assertThat(profiles.received()).noneMatch(record -> "greenhouse:99999999".equals(record.key()));
    }

    @Test
    void erasesACandidateDeletedInGreenhouse() throws Exception {
        byte[] body = fixture("greenhouse/delete_candidate.json");

        HttpResponse<String> response = post("/webhooks/greenhouse", body,
                "Signature", "sha256 " + hmacHex(GREENHOUSE_SECRET, body));

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("erased");
        ConsumerRecord<String, CandidateProfile> tombstone =
                profiles.awaitRecord(record -> "greenhouse:60304594".equals(record.key()) && record.value() == null);
        assertThat(header(tombstone, CloudEventHeaders.SUBJECT)).isEqualTo("greenhouse:60304594");
    }

    @Test
    void answersAPingAsIgnoredWithTheReason() throws Exception {
        byte[] body = fixture("greenhouse/ping.json");

        HttpResponse<String> response = post("/webhooks/greenhouse", body,
                "Signature", "sha256 " + hmacHex(GREENHOUSE_SECRET, body));

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("status").asString()).isEqualTo("ignored");
        assertThat(answer.get("reason").asString()).contains("ping");
    }

    @Test
    void acceptsCanonicalJsonSignedWithStandardWebhooks() throws Exception {
        byte[] body = """
                {"source":"inhouse","externalId":"sw-1","eventId":"sw-evt-1","skills":[{"name":"Go"}]}"""
                .getBytes(StandardCharsets.UTF_8);
        long now = Instant.now().getEpochSecond();

        HttpResponse<String> signed = post("/webhooks/inhouse", body, "webhook-id", "msg_1", "webhook-timestamp",
                Long.toString(now), "webhook-signature", StandardWebhooks.sign(INHOUSE_SECRET, "msg_1", now, body));
        HttpResponse<String> stale = post("/webhooks/inhouse", body, "webhook-id", "msg_2", "webhook-timestamp",
                Long.toString(now - 3600), "webhook-signature", StandardWebhooks.sign(INHOUSE_SECRET, "msg_2", now - 3600, body));

        assertThat(signed.statusCode()).isEqualTo(202);
        assertThat(profiles.awaitKey("inhouse:sw-1").value().getEventId()).isEqualTo("sw-evt-1");
        assertThat(stale.statusCode()).isEqualTo(401);
    }

    @Test
    void logsNoCandidateDataFromAnyPayload(CapturedOutput output) throws Exception {
        for (String fixture : List.of("greenhouse/new_candidate_application.json", "greenhouse/delete_candidate.json")) {
            byte[] body = fixture(fixture);
            post("/webhooks/greenhouse", body, "Signature", "sha256 " + hmacHex(GREENHOUSE_SECRET, body));
            byte[] forged = new String(body, StandardCharsets.UTF_8).replace("Grace", "Gracie").getBytes(StandardCharsets.UTF_8);
            post("/webhooks/greenhouse", forged, "Signature", "sha256 " + hmacHex(GREENHOUSE_SECRET, body));
        }
        post("/webhooks/greenhouse", "{\"action\":\"new_candidate_application\",\"payload\":{\"application\":{\"candidate\":{\"first_name\":\"Grace\",\"email_addresses\":[{\"value\":\"canary.grace@example.org\"}]}}}}"
                .getBytes(StandardCharsets.UTF_8), "Signature", "sha256 0000");

        assertThat(output.getAll()).doesNotContain("Canaryfield", "canary.grace@example.org", "555 0100 4242",
                "42 Canary Row");
    }

    @Test
    void answersNotFoundForASourceThatIsNotConfigured() throws Exception {
        HttpResponse<String> response = post("/webhooks/smartrecruiters", "{}".getBytes(StandardCharsets.UTF_8));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void erasesACandidateOnDelete() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/candidates/lever:erase-me")).header("X-Api-Key", API_KEY)
                        .DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> malformed = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/candidates/no-colon")).header("X-Api-Key", API_KEY)
                        .DELETE().build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(response.body()).get("status").asString()).isEqualTo("erased");
        assertThat(profiles.awaitRecord(record -> "lever:erase-me".equals(record.key())).value()).isNull();
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(malformed.body()).contains("candidateKey");
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/candidates/lever:keep-me")).DELETE().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
    }

    private HttpResponse<String> post(String path, byte[] body, String... headers) throws Exception {
        return LoopbackPost.send(http, port, path, "application/json", body, headers);
    }

    private static String hmacHex(String secret, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static byte[] fixture(String path) {
        try (InputStream in = WebhookIntegrationTest.class.getResourceAsStream("/formats/" + path)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

}
