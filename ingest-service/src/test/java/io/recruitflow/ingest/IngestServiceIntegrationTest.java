package io.recruitflow.ingest;

import static io.recruitflow.contracts.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.candidate.Fixtures;
import io.recruitflow.contracts.cloudevents.CloudEventHeaders;
import io.recruitflow.contracts.kafka.DeadLetters;
import io.recruitflow.contracts.kafka.EventValueSerializer;
import io.recruitflow.contracts.testing.TopicProbe;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.ingest.receipts.ReceiptStore;
import io.recruitflow.ingest.receipts.StoredReceipts;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * ingest-service against a real (embedded KRaft) broker: what an ATS sends over HTTP or the raw
 * topic comes out as an Avro {@code CandidateProfile}; what it cannot accept is refused with a
 * reason, over HTTP as problem+json, from Kafka into the dead-letter topic.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"ingest.partitions=2", "ingest.api.api-keys=" + IngestServiceIntegrationTest.API_KEY})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IngestServiceIntegrationTest {

    static final String API_KEY = "test-api-key-5d1c";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private final HttpClient http = HttpClient.newHttpClient();
    private TopicProbe<CandidateProfile> profiles;
    private TopicProbe<byte[]> deadLetters;

    @BeforeAll
    void probeTopics() {
        profiles = TopicProbe.of(bootstrapServers, Topics.CANDIDATE_PROFILES.name(),
                new AvroSingleObjectDeserializer<>(CandidateProfile.class));
        deadLetters = TopicProbe.raw(bootstrapServers, Topics.ATS_CANDIDATE_EVENTS.dlt());
    }

    @AfterAll
    void closeProbes() {
        profiles.close();
        deadLetters.close();
    }

    @Test
    void publishesAPostedCandidateAsAnAvroProfileKeyedByCandidateKey() throws Exception {
        HttpResponse<String> response = post(Fixtures.candidate("engineer"), "application/json");

        assertThat(response.statusCode()).isEqualTo(202);
        JsonNode body = JSON.readTree(response.body());
        assertThat(body.get("eventId").asString()).isEqualTo("gh-evt-0001");
        assertThat(body.get("candidateKey").asString()).isEqualTo("greenhouse:4711");

        ConsumerRecord<String, CandidateProfile> record = profiles.awaitKey("greenhouse:4711");
        assertThat(record.value().getEventId()).isEqualTo("gh-evt-0001");
        assertThat(record.value().getSkills()).isNotEmpty();
        assertThat(record.value().toString()).doesNotContain("ada@example.org");
        assertThat(header(record, CloudEventHeaders.ID)).isEqualTo("greenhouse:gh-evt-0001");
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(Topics.CANDIDATE_PROFILES.cloudEventType());
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/recruitflow/ingest-service");
        assertThat(header(record, CloudEventHeaders.SPEC_VERSION)).isEqualTo("1.0");
        assertThat(header(record, CloudEventHeaders.TIME)).isNotBlank();
    }

    @Test
    void answersProblemJsonNamingTheBadField() throws Exception {
        HttpResponse<String> response = post("""
                {"source":"greenhouse","eventId":"e-2","skills":[{"name":""}]}""".getBytes(StandardCharsets.UTF_8),
                "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("title").asString()).isEqualTo("Invalid candidate");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("externalId", "skills[0].name");
    }

    @Test
    void answersProblemJsonForMalformedJson() throws Exception {
        HttpResponse<String> response = post("{\"source\": ".getBytes(StandardCharsets.UTF_8), "application/json");

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("errors").get(0).get("message").asString()).startsWith("malformed JSON");
    }

    @Test
    void answersProblemJsonForAnUnsupportedContentType() throws Exception {
        HttpResponse<String> response = post("<candidate/>".getBytes(StandardCharsets.UTF_8), "application/xml");

        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/problem+json");
    }

    @Test
    void publishesCandidatesFromTheRawAtsTopicAndDeadLettersWhatItCannotRead() {
        byte[] malformed = "{not json".getBytes(StandardCharsets.UTF_8);
        byte[] incomplete = "{\"source\":\"workable\",\"eventId\":\"w-1\"}".getBytes(StandardCharsets.UTF_8);
        byte[] good = """
                {"source":"workable","externalId":"77","eventId":"w-2","skills":[{"name":"Python"}]}"""
                .getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> ats = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers), new StringSerializer(), new ByteArraySerializer())) {
            // Same key, so the same partition: the good record must flow past the two bad ones.
            String topic = Topics.ATS_CANDIDATE_EVENTS.name();
            ats.send(new ProducerRecord<>(topic, "workable:77", malformed));
            ats.send(new ProducerRecord<>(topic, "workable:77", incomplete));
            ats.send(new ProducerRecord<>(topic, "workable:77", good));
        }

        assertThat(profiles.awaitKey("workable:77").value().getEventId()).isEqualTo("w-2");
        deadLetters.awaitRecord(record -> "workable:77".equals(record.key())
                && java.util.Arrays.equals(record.value(), incomplete));
        var dead = deadLetters.received().stream().filter(record -> "workable:77".equals(record.key())).toList();
        assertThat(dead).extracting(ConsumerRecord::value).containsExactly(malformed, incomplete);
        assertThat(header(dead.get(0), DeadLetters.REASON)).startsWith("Invalid candidate: $: malformed JSON");
        assertThat(header(dead.get(1), DeadLetters.REASON)).isEqualTo("Invalid candidate: externalId: is required");
        assertThat(header(dead.get(1), "kafka_dlt-original-topic")).isEqualTo(Topics.ATS_CANDIDATE_EVENTS.name());
        assertThat(header(dead.get(1), "kafka_dlt-original-offset")).isNotBlank();
    }

    @Test
    void readsVendorFormatsFromTheRawTopicInBothCloudEventsModes() throws Exception {
        byte[] greenhouse;
        try (var in = getClass().getResourceAsStream("/formats/greenhouse/new_candidate_application.json")) {
            greenhouse = in.readAllBytes();
        }
        byte[] structured = """
                {"specversion":"1.0","type":"io.recruitflow.ats.canonical.v1","source":"/inhouse","id":"ce-9",
                 "data":{"source":"inhouse","externalId":"ce-9","eventId":"ce-9","skills":[{"name":"Rust"}]}}"""
                .getBytes(StandardCharsets.UTF_8);
        byte[] unknownType = "{}".getBytes(StandardCharsets.UTF_8);
        try (KafkaProducer<String, byte[]> ats = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers), new StringSerializer(), new ByteArraySerializer())) {
            String topic = Topics.ATS_CANDIDATE_EVENTS.name();
            ProducerRecord<String, byte[]> binary = new ProducerRecord<>(topic, "greenhouse:60304594", greenhouse);
            binary.headers().add("ce_type", "io.recruitflow.ats.greenhouse.v1".getBytes(StandardCharsets.UTF_8));
            ProducerRecord<String, byte[]> cloudEvent = new ProducerRecord<>(topic, "inhouse:ce-9", structured);
            cloudEvent.headers().add("content-type", "application/cloudevents+json".getBytes(StandardCharsets.UTF_8));
            ProducerRecord<String, byte[]> stranger = new ProducerRecord<>(topic, "x:unknown-type", unknownType);
            stranger.headers().add("ce_type", "com.example.hr.v7".getBytes(StandardCharsets.UTF_8));
            ats.send(binary);
            ats.send(cloudEvent);
            ats.send(stranger);
        }

        assertThat(profiles.awaitRecord(r -> "greenhouse:60304594".equals(r.key()) && r.value() != null).value()
                .getSource()).isEqualTo("greenhouse");
        assertThat(profiles.awaitKey("inhouse:ce-9").value().getSkills()).isNotEmpty();
        assertThat(header(deadLetters.awaitKey("x:unknown-type"), DeadLetters.REASON)).startsWith("Invalid candidate: ce_type");
    }

    @Test
    void describesEveryEndpointAndItsProblemAnswersInOpenApi() throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + port + "/v3/api-docs")).GET().build(), HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode api = JSON.readTree(response.body());
        assertThat(api.get("paths").propertyNames()).contains("/api/v1/candidates", "/api/v1/candidates:batch",
                "/api/v1/candidates/{candidateKey}", "/webhooks/{source}");
        JsonNode post = api.at("/paths/~1api~1v1~1candidates/post/responses");
        assertThat(post.propertyNames()).contains("202", "400", "401", "413", "415", "429", "503");
        assertThat(api.at("/components/schemas/Problem/properties/errors").isMissingNode()).isFalse();
        assertThat(api.at("/components/securitySchemes").propertyNames())
                .containsExactlyInAnyOrder("apiKey", "standardWebhooks", "bearerJwt");
        assertThat(api.at("/paths/~1api~1v1~1candidates/post/security").findValues("apiKey")).hasSize(1);
        assertThat(api.at("/paths/~1webhooks~1{source}/post/security").isMissingNode()).isTrue();
    }

    @Test
    void answersARedeliveryAsTheFirstTimeAndDoesNotRepublishUnchangedContent() throws Exception {
        String first = "{\"source\":\"lever\",\"externalId\":\"dup-1\",\"eventId\":\"d-1\",\"skills\":[{\"name\":\"Java\"}]}";
        String sameContent = first.replace("\"d-1\"", "\"d-2\"");
        String changed = first.replace("\"d-1\"", "\"d-3\"").replace("Java", "Kotlin");

        HttpResponse<String> original = post(first.getBytes(StandardCharsets.UTF_8), "application/json");
        HttpResponse<String> redelivered = post(first.getBytes(StandardCharsets.UTF_8), "application/json");
        HttpResponse<String> resent = post(sameContent.getBytes(StandardCharsets.UTF_8), "application/json");
        HttpResponse<String> edited = post(changed.getBytes(StandardCharsets.UTF_8), "application/json");

        assertThat(redelivered.statusCode()).isEqualTo(202);
        assertThat(redelivered.body()).isEqualTo(original.body());
        assertThat(JSON.readTree(resent.body()).get("status").asString()).isEqualTo("unchanged");
        assertThat(JSON.readTree(edited.body()).get("status").asString()).isEqualTo("accepted");
        // Same key, same partition: once the edit has arrived, everything published before it has too.
        profiles.awaitRecord(record -> "lever:dup-1".equals(record.key()) && "d-3".equals(record.value().getEventId()));
        assertThat(profiles.received()).filteredOn(record -> "lever:dup-1".equals(record.key()))
                .extracting(record -> record.value().getEventId()).containsExactly("d-1", "d-3");
    }

    @Test
    void remembersWhatItAcceptedAcrossARestart() throws Exception {
        post("{\"source\":\"lever\",\"externalId\":\"restart-1\",\"eventId\":\"r-1\"}".getBytes(StandardCharsets.UTF_8),
                "application/json");

        // A new instance of the store, as after a restart, knows the receipt from Kafka alone.
        try (ReceiptStore restarted = new ReceiptStore(
                new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                        new StringDeserializer(), new ByteArrayDeserializer()),
                new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers), new StringSerializer(), new EventValueSerializer())), Duration.ofSeconds(10))) {
            restarted.start(Duration.ofSeconds(30));
            StoredReceipts receipts = new StoredReceipts(restarted, JSON);

            assertThat(receipts.answered("lever", "r-1")).hasValueSatisfying(answer ->
                    assertThat(answer.candidateKey()).isEqualTo("lever:restart-1"));
            assertThat(receipts.answered("lever", "never-sent")).isEmpty();
        }
    }

    @Test
    void refusesACallWithoutAValidApiKey() throws Exception {
        HttpResponse<String> missing = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/v1/candidates"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Fixtures.candidate("engineer"))).build(),
                HttpResponse.BodyHandlers.ofString());
        HttpResponse<String> wrong = post(Fixtures.candidate("engineer"), "application/json", "X-Api-Key", "guess");

        assertThat(missing.statusCode()).isEqualTo(401);
        assertThat(missing.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(JSON.readTree(missing.body()).get("detail").asString()).isEqualTo("no credentials");
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(JSON.readTree(wrong.body()).get("detail").asString()).isEqualTo("API key not recognised");
        assertThat(JSON.readTree(wrong.body()).get("type").asString())
                .isEqualTo("https://recruitflow.io/problems/unauthenticated");
    }

    @Test
    void acceptsAJsonResumeChosenByContentType() throws Exception {
        byte[] resume;
        try (var in = getClass().getResourceAsStream("/formats/jsonresume/resume.json")) {
            resume = in.readAllBytes();
        }

        HttpResponse<String> response = post(resume, "application/vnd.jsonresume+json",
                "X-Candidate-Source", "careers-site", "X-Candidate-Id", "jr-1", "X-Event-Id", "jr-evt-1");

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(profiles.awaitKey("careers-site:jr-1").value().getEventId()).isEqualTo("jr-evt-1");
    }

    @Test
    void publishesAValidBatchAndRefusesAnInvalidOneWhole() throws Exception {
        String one = "{\"source\":\"smart\",\"externalId\":\"b1\",\"eventId\":\"be1\"}";
        String two = "{\"source\":\"smart\",\"externalId\":\"b2\",\"eventId\":\"be2\"}";
        String bad = "{\"source\":\"smart\",\"externalId\":\"b3\"}";

        HttpResponse<String> accepted = postTo("/api/v1/candidates:batch", ("[" + one + "," + two + "]").getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> refused = postTo("/api/v1/candidates:batch", ("[" + bad + "," + one + "]").getBytes(StandardCharsets.UTF_8));

        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(JSON.readTree(accepted.body()).get("results").findValuesAsString("candidateKey"))
                .containsExactly("smart:b1", "smart:b2");
        assertThat(profiles.awaitKey("smart:b2").value().getEventId()).isEqualTo("be2");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(refused.body()).get("errors").findValuesAsString("field")).containsExactly("[0].eventId");
        assertThat(profiles.received()).noneMatch(record -> "smart:b3".equals(record.key()));
    }

    @Test
    void continuesTheTraceAnAtsStartedOverHttpAndOnTheRawTopic() throws Exception {
        String httpTrace = "4bf92f3577b34da6a3ce929d0e0e4736";
        String topicTrace = "0af7651916cd43dd8448eb211c80319c";
        byte[] overHttp = "{\"source\":\"traced\",\"externalId\":\"h1\",\"eventId\":\"th1\"}".getBytes(StandardCharsets.UTF_8);
        byte[] overKafka = "{\"source\":\"traced\",\"externalId\":\"k1\",\"eventId\":\"tk1\"}".getBytes(StandardCharsets.UTF_8);

        assertThat(post(overHttp, "application/json", "traceparent", "00-" + httpTrace + "-00f067aa0ba902b7-01")
                .statusCode()).isEqualTo(202);
        try (KafkaProducer<String, byte[]> ats = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers), new StringSerializer(), new ByteArraySerializer())) {
            ProducerRecord<String, byte[]> event = new ProducerRecord<>(Topics.ATS_CANDIDATE_EVENTS.name(), "traced:k1", overKafka);
            event.headers().add("traceparent", ("00-" + topicTrace + "-b7ad6b7169203331-01").getBytes(StandardCharsets.UTF_8));
            ats.send(event);
        }

        // The same trace, in a span of ingest's own (not the caller's span id).
        assertThat(header(profiles.awaitKey("traced:h1"), "traceparent"))
                .startsWith("00-" + httpTrace + "-").doesNotContain("00f067aa0ba902b7");
        assertThat(header(profiles.awaitKey("traced:k1"), "traceparent"))
                .startsWith("00-" + topicTrace + "-").doesNotContain("b7ad6b7169203331");
    }

    private HttpResponse<String> postTo(String path, byte[] body) throws Exception {
        return LoopbackPost.send(http, port, path, "application/json", body, "X-Api-Key", API_KEY);
    }

    /** With the test's API key unless {@code headers} name another. */
    private HttpResponse<String> post(byte[] body, String contentType, String... headers) throws Exception {
        String[] all = new String[headers.length + 2];
        all[0] = "X-Api-Key";
        all[1] = API_KEY;
        System.arraycopy(headers, 0, all, 2, headers.length);
        return LoopbackPost.send(http, port, "/api/v1/candidates", contentType, body, all);
    }
}
