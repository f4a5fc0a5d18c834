package io.recruitflow.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.WorkplaceType;
import io.recruitflow.contracts.kafka.EventValueSerializer;
import io.recruitflow.contracts.testing.TopicProbe;
import io.recruitflow.contracts.topics.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * What ops teams watch, on a real broker: readiness follows the broker and the partition
 * assignment; Prometheus shows routings, latency, dead letters and Kafka client metrics, and no
 * candidate data.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "notifier.partitions=2", "spring.kafka.consumer.properties.fetch.max.wait.ms=100",
        "pipeline.security.actuator.username=ops", "pipeline.security.actuator.password=" + ObservabilityIntegrationTest.OPS_PASSWORD})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers", brokerProperties = {
        "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ObservabilityIntegrationTest {

    static final String OPS_PASSWORD = "canary-ops-password-7f3a";

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();
    private KafkaProducer<String, Object> classifier;

    @BeforeAll
    void connect() {
        classifier = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new EventValueSerializer());
    }

    @AfterAll
    void disconnect() {
        classifier.close();
    }

    @Test
    void isReadyOnceTheBrokerAnswersAndEveryListenerHasPartitions() throws Exception {
        await().atMost(TopicProbe.DEFAULT_WAIT).untilAsserted(() -> {
            HttpResponse<String> readiness = get("/actuator/health/readiness");
            assertThat(readiness.statusCode()).isEqualTo(200);
            assertThat(readiness.body()).contains("\"status\":\"UP\"");
        });
        assertThat(get("/actuator/health/liveness").statusCode()).isEqualTo(200);
    }

    @Test
    void exportsRoutingsLatencyDeadLettersAndKafkaClientMetricsWithoutCandidateData() throws Exception {
        CandidateClassified classified = Classifications.classified("greenhouse:9901", CandidateRole.BACKEND_ENGINEER,
                0.9, EngagementType.FULL_TIME, WorkplaceType.REMOTE);
        classifier.send(new ProducerRecord<>(Topics.CANDIDATE_CLASSIFICATIONS.name(), "greenhouse:9901", classified));
        classifier.send(new ProducerRecord<>(Topics.CANDIDATE_CLASSIFICATIONS.name(), "greenhouse:9902",
                "not avro".getBytes()));
        classifier.flush();

        await().atMost(TopicProbe.DEFAULT_WAIT).untilAsserted(() -> {
            String metrics = get("/actuator/prometheus").body();
            assertThat(metrics)
                    .containsPattern("recruitflow_routings_total\\{[^}]*platform=\"DISTANTJOB\"[^}]*review=\"false\"")
                    .containsPattern("recruitflow_pipeline_latency_seconds_bucket\\{[^}]*stage=\"routed\"")
                    .containsPattern("recruitflow_processing_seconds_count\\{[^}]*stage=\"route\"")
                    .containsPattern("recruitflow_dead_letters_total\\{[^}]*reason=\"[A-Za-z]+\"[^}]*"
                            + "topic=\"recruiting.candidate.classifications.v1\"")
                    .contains("kafka_consumer_fetch_manager_records_lag_max")
                    .contains("kafka_producer_record_send_total");
        });
        assertThat(get("/actuator/prometheus").body()).doesNotContain("greenhouse:9901", "greenhouse:9902", "Grace Example");
    }

    @Test
    void continuesTheTraceACandidateArrivedWith() {
        String traceId = "0af7651916cd43dd8448eb211c80319c";
        CandidateClassified classified = Classifications.classified("greenhouse:9903", CandidateRole.BACKEND_DEVELOPER,
                0.9, EngagementType.CONTRACT, WorkplaceType.REMOTE);
        ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.CANDIDATE_CLASSIFICATIONS.name(),
                "greenhouse:9903", classified);
        record.headers().add("traceparent", ("00-" + traceId + "-b7ad6b7169203331-01").getBytes(StandardCharsets.UTF_8));
        classifier.send(record);
        classifier.flush();

        try (TopicProbe<byte[]> routings = TopicProbe.raw(bootstrapServers, Topics.CANDIDATE_ROUTINGS.name())) {
            String traceparent = TopicProbe.header(routings.awaitKey("greenhouse:9903"), "traceparent");
            assertThat(traceparent).startsWith("00-" + traceId + "-").doesNotContain("b7ad6b7169203331");
        }
    }

    @Test
    void onlyHealthIsOpenTheRestOfActuatorNeedsTheOpsCredentials() throws Exception {
        // Open to probes: 503 only says the listeners have no partitions yet.
        assertThat(send("/actuator/health", null).statusCode()).isIn(200, 503);
        assertThat(send("/actuator/prometheus", null).statusCode()).isEqualTo(401);
        assertThat(send("/actuator/metrics", basic("ops", "wrong")).statusCode()).isEqualTo(401);
        assertThat(send("/actuator/env", basic("ops", OPS_PASSWORD)).statusCode()).isIn(403, 404);
        assertThat(send("/anything-else", basic("ops", OPS_PASSWORD)).statusCode()).isIn(401, 403);

        HttpResponse<String> refused = send("/actuator/prometheus", basic("ops", "wrong"));
        assertThat(refused.body() + refused.headers().map()).doesNotContain(OPS_PASSWORD);
    }

    private HttpResponse<String> get(String path) throws Exception {
        return send(path, basic("ops", OPS_PASSWORD));
    }

    private HttpResponse<String> send(String path, String authorization) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }
}
