package io.recruitflow.notifier;

import static io.recruitflow.contracts.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.avro.SourcingPlatform;
import io.recruitflow.avro.WorkplaceType;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.cloudevents.CloudEventHeaders;
import io.recruitflow.contracts.kafka.DeadLetters;
import io.recruitflow.contracts.kafka.EventValueSerializer;
import io.recruitflow.contracts.testing.TopicProbe;
import io.recruitflow.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * notifier-service against a real (embedded KRaft) broker, transactions and all: classifications
 * in, committed routing decisions out; poison pills to the dead-letter topic while the partition
 * flows on; tombstones forwarded; one readable, name-free line per routed candidate.
 */
@SpringBootTest(properties = {"notifier.partitions=2", "spring.kafka.consumer.properties.fetch.max.wait.ms=100"})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers", brokerProperties = {
        "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@ExtendWith(OutputCaptureExtension.class)
class NotifierServiceIntegrationTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    private KafkaProducer<String, Object> classifier;
    private TopicProbe<RoutingDecision> routings;
    private TopicProbe<byte[]> deadLetters;

    @BeforeAll
    void connect() {
        classifier = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new EventValueSerializer());
        routings = TopicProbe.of(bootstrapServers, Topics.CANDIDATE_ROUTINGS.name(),
                new AvroSingleObjectDeserializer<>(RoutingDecision.class));
        deadLetters = TopicProbe.raw(bootstrapServers, Topics.CANDIDATE_CLASSIFICATIONS.dlt());
    }

    @AfterAll
    void disconnect() {
        classifier.close();
        routings.close();
        deadLetters.close();
    }

    @Test
    void routesAConfidentEngineerToTheRecruiterQueueWithASuggestedPlatform(CapturedOutput output) {
        classify(Classifications.classified("greenhouse:1", CandidateRole.BACKEND_ENGINEER, 0.9, EngagementType.FULL_TIME, WorkplaceType.REMOTE));

        ConsumerRecord<String, RoutingDecision> record = routings.awaitKey("greenhouse:1");
        RoutingDecision decision = record.value();
        assertThat(decision.getRole()).isEqualTo(CandidateRole.BACKEND_ENGINEER);
        assertThat(decision.getSuggestedPlatform()).isEqualTo(SourcingPlatform.DISTANTJOB);
        assertThat(decision.getRankings()).hasSize(SourcingPlatform.values().length);
        assertThat(decision.getRequiresHumanReview()).isFalse();
        assertThat(decision.getQueue()).isEqualTo("backend-engineering");
        assertThat(decision.getRulesVersion()).startsWith("routing-rules@1+sha256:");
        assertThat(decision.getModelVersion()).isEqualTo("backend-roles@test");
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(Topics.CANDIDATE_ROUTINGS.cloudEventType());
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/recruitflow/notifier-service");
        assertThat(header(record, CloudEventHeaders.SUBJECT)).isEqualTo("greenhouse:1");

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() ->
                assertThat(output.getOut()).contains("Routed greenhouse:1 as BACKEND_ENGINEER (confidence 0.90): suggest DISTANTJOB"));
        assertThat(output.getOut()).doesNotContain("Grace Example");
    }

    @Test
    void routesLowConfidenceCandidatesToHumanReview() {
        classify(Classifications.classified("lever:2", CandidateRole.BACKEND_DEVELOPER, 0.3, EngagementType.FREELANCE, null));

        RoutingDecision decision = routings.awaitKey("lever:2").value();
        assertThat(decision.getRequiresHumanReview()).isTrue();
        assertThat(decision.getQueue()).isEqualTo("human-review");
        assertThat(decision.getReviewReason()).contains("below the review threshold");
    }

    @Test
    void deadLettersAPoisonPillAndKeepsThePartitionFlowing() {
        byte[] poison = {0x7b, 0x22, 0x6e, 0x6f, 0x74, 0x20, 0x61, 0x76, 0x72, 0x6f};
        String key = "workable:3";
        classifier.send(new ProducerRecord<>(Topics.CANDIDATE_CLASSIFICATIONS.name(), key, poison));
        classify(Classifications.classified(key, CandidateRole.HYBRID, 0.8, EngagementType.TEAM_PROJECT, WorkplaceType.REMOTE));

        assertThat(routings.awaitKey(key).value().getRole()).isEqualTo(CandidateRole.HYBRID);
        ConsumerRecord<String, byte[]> dead = deadLetters.awaitKey(key);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(header(dead, DeadLetters.REASON)).startsWith("cannot deserialize the value: Not Avro single-object encoding");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.CANDIDATE_CLASSIFICATIONS.name());
    }

    @Test
    void forwardsATombstoneSoTheCandidateIsErasedDownstream() {
        String key = "greenhouse:4";
        classify(Classifications.classified(key, CandidateRole.BACKEND_DEVELOPER, 0.9, EngagementType.CONTRACT, null));
        classifier.send(new ProducerRecord<>(Topics.CANDIDATE_CLASSIFICATIONS.name(), key, null));

        routings.awaitRecord(record -> key.equals(record.key()) && record.value() == null);
        List<ConsumerRecord<String, RoutingDecision>> forKey = routings.received().stream()
                .filter(record -> key.equals(record.key())).toList();
        assertThat(forKey).hasSize(2);
        assertThat(forKey.get(1).value()).isNull();
    }

    private void classify(CandidateClassified classified) {
        classifier.send(new ProducerRecord<>(Topics.CANDIDATE_CLASSIFICATIONS.name(), classified.getCandidateKey(), classified));
        classifier.flush();
    }
}
