package io.recruitflow.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.testing.TopicProbe;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.harness.SampleCandidates.Sample;
import org.apache.avro.Schema;
import org.apache.avro.SchemaNormalization;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The whole pipeline as it runs in production: one real KRaft broker, and ingest, classifier and
 * notifier each as its own JVM from its built jar. Candidates posted to ingest's HTTP endpoint
 * come out as committed {@code RoutingDecision}s with the role each sample should get.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PipelineEndToEndTest {

    private static final Path LOGS = Path.of("target", "e2e-logs");
    private static final String API_KEY = "e2e-api-key";
    private static final String OPS_PASSWORD = "e2e-canary-ops-password";
    private static final Pattern DASHBOARD_METRIC = Pattern.compile("\\b(?:recruitflow|kafka|jvm|spring|http|process)_[a-z0-9_]+");

    private final HttpClient http = HttpClient.newHttpClient();
    private final RecruiterInbox inbox = new RecruiterInbox(notification -> { });
    private KraftBroker broker;
    private Pipeline pipeline;
    private TopicProbe<RoutingDecision> routings;

    @BeforeAll
    void startThePipeline() {
        broker = KraftBroker.start(0);
        Map<String, String> settings = new HashMap<>(inbox.notifierProperties("e2e-recruiters"));
        settings.putAll(Map.of("notifier.partitions", "3", "classifier.partitions", "3", "ingest.partitions", "3",
                "ingest.api.api-keys", API_KEY, "pipeline.security.actuator.username", "ops",
                "pipeline.security.actuator.password", OPS_PASSWORD));
        pipeline = Pipeline.start(broker.bootstrapServers(), Map.of(), LOGS, settings);
        routings = TopicProbe.of(broker.bootstrapServers(), Topics.CANDIDATE_ROUTINGS.name(),
                new AvroSingleObjectDeserializer<>(RoutingDecision.class));
    }

    @AfterAll
    void stopThePipeline() {
        if (routings != null) {
            routings.close();
        }
        if (pipeline != null) {
            pipeline.close();
        }
        if (broker != null) {
            broker.close();
        }
        inbox.close();
    }

    @Test
    void routesEverySampleCandidateWithTheExpectedRole() throws Exception {
        for (Sample sample : SampleCandidates.ALL) {
            assertThat(post(sample.json()).statusCode()).as(sample.file()).isEqualTo(202);
        }

        for (Sample sample : SampleCandidates.ALL) {
            RoutingDecision decision = routings.awaitKey(sample.candidateKey()).value();
            assertThat(decision.getRole()).as(sample.file()).isEqualTo(sample.expectedRole());
            assertThat(decision.getRankings()).as(sample.file()).hasSize(5);
            assertThat(decision.getModelVersion()).startsWith("backend-roles@");
            assertThat(decision.getRulesVersion()).startsWith("routing-rules@");
        }
        RoutingDecision nurse = routings.awaitKey("workable:9002").value();
        assertThat(nurse.getRequiresHumanReview()).isTrue();
        assertThat(nurse.getQueue()).isEqualTo("human-review");
    }

    @Test
    void everySampleReachesTheRecruiterAsASignedWebhookWithWhoWhyAndWhere() throws Exception {
        for (Sample sample : SampleCandidates.ALL) {
            post(sample.json());
        }

        for (Sample sample : SampleCandidates.ALL) {
            RecruiterInbox.Received notification = await().atMost(TopicProbe.DEFAULT_WAIT).until(() ->
                    inbox.received().stream()
                            .filter(received -> sample.candidateKey().equals(received.body().path("candidate").path("key").asString()))
                            .findFirst(), java.util.Optional::isPresent).orElseThrow();
            assertThat(notification.signatureValid()).as(sample.file()).isTrue();
            assertThat(notification.webhookId()).startsWith("msg_");
            assertThat(notification.body().path("role").asString()).isEqualTo(sample.expectedRole().name());
            assertThat(notification.body().path("suggestedPlatform").path("reasons").isEmpty()).isFalse();
        }
        RecruiterInbox.Received engineer = inbox.received().stream()
                .filter(received -> "greenhouse:4711".equals(received.body().path("candidate").path("key").asString()))
                .findFirst().orElseThrow();
        assertThat(engineer.body().path("evidence").isEmpty()).isFalse();
        assertThat(engineer.body().toString()).doesNotContain("ada.okafor@example.org");
    }

    @Test
    void oneCandidatesPathThroughAllThreeServicesIsOneTrace() throws Exception {
        String traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
        Sample resume = SampleCandidates.ALL.get(5);
        byte[] candidate = new String(resume.json(), StandardCharsets.UTF_8).replace("77-4410", "77-traced")
                .replace("inhouse-upload-20261128-0007", "inhouse-upload-traced").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/api/v1/candidates"))
                .header("Content-Type", "application/json").header("X-Api-Key", API_KEY)
                .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                .POST(HttpRequest.BodyPublishers.ofByteArray(candidate)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(accepted.statusCode()).isEqualTo(202);

        try (TopicProbe<byte[]> raw = TopicProbe.raw(broker.bootstrapServers(), Topics.CANDIDATE_ROUTINGS.name())) {
            assertThat(TopicProbe.header(raw.awaitKey("inhouse:77-traced"), "traceparent")).startsWith("00-" + traceId + "-");
        }
    }

    @Test
    void everyDashboardPanelQueriesAMetricTheServicesExport() throws Exception {
        try (KafkaProducer<String, byte[]> ats = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()), new StringSerializer(),
                new ByteArraySerializer())) {
            ats.send(new ProducerRecord<>(Topics.ATS_CANDIDATE_EVENTS.name(), "broken:1", "{not json".getBytes(StandardCharsets.UTF_8))).get();
        }
        for (Sample sample : SampleCandidates.ALL) {
            post(sample.json());
        }
        Set<String> queried = new TreeSet<>();
        JsonNode dashboard = JsonMapper.builder().build().readTree(Files.readString(Path.of("../ops/grafana/dashboards/recruitflow-pipeline.json")));
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode target : panel.path("targets")) {
                Matcher metric = DASHBOARD_METRIC.matcher(target.path("expr").asString());
                while (metric.find()) {
                    queried.add(metric.group());
                }
            }
        }
        assertThat(queried).contains("recruitflow_pipeline_latency_seconds_bucket", "recruitflow_dead_letters_total",
                "kafka_consumer_fetch_manager_records_lag_max");

        await().atMost(TopicProbe.DEFAULT_WAIT).untilAsserted(() -> {
            StringBuilder exported = new StringBuilder();
            for (PipelineService service : PipelineService.values()) {
                exported.append(actuator(service, "/actuator/prometheus", OPS_PASSWORD).body());
            }
            assertThat(queried).allSatisfy(metric -> assertThat(exported).as(metric).contains(metric + "{"));
        });
    }

    @Test
    void actuatorNeedsTheOpsCredentialsAndNoSecretReachesALogOrAnAnswer() throws Exception {
        for (PipelineService service : PipelineService.values()) {
            assertThat(actuator(service, "/actuator/health", null).statusCode()).isEqualTo(200);
            HttpResponse<String> refused = actuator(service, "/actuator/prometheus", "not-" + OPS_PASSWORD);
            assertThat(refused.statusCode()).as(service.serviceName()).isEqualTo(401);
            assertThat(refused.body()).doesNotContain(OPS_PASSWORD);
        }
        HttpResponse<String> wrongKey = http.send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/api/v1/candidates"))
                .header("Content-Type", "application/json").header("X-Api-Key", "not-" + API_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(SampleCandidates.ALL.get(0).json())).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(wrongKey.statusCode()).isEqualTo(401);
        assertThat(wrongKey.body()).doesNotContain(API_KEY);

        for (PipelineService service : PipelineService.values()) {
            String log = Files.readString(pipeline.service(service).log());
            assertThat(log).as(service.serviceName() + " log")
                    .doesNotContain(OPS_PASSWORD, API_KEY, inbox.notifierProperties("x").get(
                            "notifier.subscriptions.x.channels[0].secrets[0]"));
        }
    }

    private HttpResponse<String> actuator(PipelineService service, String path, String password) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(pipeline.service(service).baseUrl() + path)).GET();
        if (password != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder()
                    .encodeToString(("ops:" + password).getBytes(StandardCharsets.UTF_8)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRoutingDecisionDecodesWithNothingButTheSchemaFiles() throws Exception {
        Sample engineer = SampleCandidates.ALL.get(0);
        post(engineer.json());
        routings.awaitKey(engineer.candidateKey());

        try (TopicProbe<byte[]> raw = TopicProbe.raw(broker.bootstrapServers(), Topics.CANDIDATE_ROUTINGS.name())) {
            byte[] bytes = raw.awaitKey(engineer.candidateKey()).value();
            assertThat(Arrays.copyOf(bytes, 2)).containsExactly(0xC3, 0x01);
            long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
            Schema writer = schemaFilesByFingerprint().get(fingerprint);
            assertThat(writer).as("an .avsc file in contracts/ with the record's fingerprint").isNotNull();

            GenericRecord record = new GenericDatumReader<GenericRecord>(writer).read(null,
                    DecoderFactory.get().binaryDecoder(bytes, 10, bytes.length - 10, null));
            assertThat(record.get("candidateKey")).hasToString(engineer.candidateKey());
            assertThat(record.get("role")).hasToString("BACKEND_ENGINEER");
        }
    }

    @Test
    void refusesABadCandidateWithProblemJsonAndKeepsRouting() throws Exception {
        HttpResponse<String> refused = post("{\"source\":\"greenhouse\",\"eventId\":\"x\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("\"field\":\"externalId\"");

        Sample developer = SampleCandidates.ALL.get(1);
        assertThat(post(developer.json()).statusCode()).isEqualTo(202);
        assertThat(routings.awaitKey(developer.candidateKey()).value().getRole()).isEqualTo(developer.expectedRole());
    }

    @Test
    void writesOneRecruiterLineWithoutPersonalDataToTheNotifierLog() throws Exception {
        Sample hybrid = SampleCandidates.ALL.get(2);
        post(hybrid.json());
        routings.awaitKey(hybrid.candidateKey());

        TopicProbe.awaitTrue(() -> Files.readString(pipeline.service(PipelineService.NOTIFIER).log())
                .contains("Routed " + hybrid.candidateKey() + " as HYBRID"));
        for (PipelineService service : PipelineService.values()) {
            String log = Files.readString(pipeline.service(service).log());
            assertThat(log).as(service.serviceName() + " log")
                    .doesNotContain("Ada Okafor", "Mateo Rossi", "Priya Natarajan", "Jordan Lee", "JORDAN LEE",
                            "ada.okafor@example.org", "mateo@example.com", "7946 0958", "010-7788");
        }
    }

    private HttpResponse<String> post(byte[] body) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/api/v1/candidates"))
                .header("Content-Type", "application/json")
                .header("X-Api-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static Map<Long, Schema> schemaFilesByFingerprint() throws IOException {
        Map<Long, Schema> schemas = new HashMap<>();
        try (Stream<Path> files = Files.walk(Path.of("..", "contracts", "src", "main", "resources", "avro", "released"))) {
            for (Path file : files.filter(path -> path.toString().endsWith(".avsc")).toList()) {
                Schema schema = new Schema.Parser().parse(file.toFile());
                schemas.put(SchemaNormalization.parsingFingerprint64(schema), schema);
            }
        }
        assertThat(schemas.values()).extracting(Schema::getName)
                .contains("CandidateProfile", "CandidateClassified", "RoutingDecision", "NotificationDelivery");
        return schemas;
    }

}
