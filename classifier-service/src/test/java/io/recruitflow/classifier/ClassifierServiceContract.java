package io.recruitflow.classifier;

import static io.recruitflow.contracts.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.Evidence;
import io.recruitflow.avro.RoleScore;
import io.recruitflow.classifier.scoring.Profiles;
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
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.kafka.autoconfigure.KafkaConnectionDetails;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * classifier-service against a real broker, in transactions: profiles in, committed
 * classifications with evidence out; poison pills to the dead-letter topic while the partition
 * flows on; tombstones forwarded. The broker comes from the subclass: an embedded KRaft broker
 * everywhere, a container where Docker runs.
 */
@SpringBootTest(properties = {"classifier.partitions=2", "spring.kafka.consumer.properties.fetch.max.wait.ms=100"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
abstract class ClassifierServiceContract {

    @Autowired
    KafkaConnectionDetails kafkaConnection;
    String bootstrapServers;

    private KafkaProducer<String, Object> ingest;
    private TopicProbe<CandidateClassified> classifications;
    private TopicProbe<byte[]> deadLetters;

    @BeforeAll
    void connect() {
        bootstrapServers = String.join(",", kafkaConnection.getBootstrapServers());
        ingest = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new EventValueSerializer());
        classifications = TopicProbe.of(bootstrapServers, Topics.CANDIDATE_CLASSIFICATIONS.name(),
                new AvroSingleObjectDeserializer<>(CandidateClassified.class));
        deadLetters = TopicProbe.raw(bootstrapServers, Topics.CANDIDATE_PROFILES.dlt());
    }

    @AfterAll
    void disconnect() {
        ingest.close();
        classifications.close();
        deadLetters.close();
    }

    @Test
    void classifiesAProfileWithScoresEvidenceAndModelVersion() {
        CandidateProfile engineer = Profiles.architectureFocusedEngineer();
        publish(engineer);

        ConsumerRecord<String, CandidateClassified> record = classifications.awaitKey(engineer.getCandidateKey());
        CandidateClassified classified = record.value();
        assertThat(classified.getRole()).isEqualTo(CandidateRole.BACKEND_ENGINEER);
        assertThat(classified.getConfidence()).isBetween(0.0, 1.0);
        assertThat(classified.getScores()).extracting(RoleScore::getRole)
                .containsExactly(CandidateRole.BACKEND_ENGINEER, CandidateRole.BACKEND_DEVELOPER);
        assertThat(classified.getEvidence()).isNotEmpty().allSatisfy(evidence -> {
            assertThat(evidence.getField()).isNotBlank();
            assertThat(evidence.getArticleSection()).isNotBlank();
        });
        assertThat(classified.getEvidence()).extracting(Evidence::getRole).contains(CandidateRole.BACKEND_ENGINEER);
        assertThat(classified.getModelVersion()).startsWith("backend-roles@3+sha256:");
        assertThat(classified.getProfileEventId()).isEqualTo(engineer.getEventId());
        assertThat(classified.getDisplayName()).isEqualTo(engineer.getDisplayName());
        assertThat(header(record, CloudEventHeaders.TYPE)).isEqualTo(Topics.CANDIDATE_CLASSIFICATIONS.cloudEventType());
        assertThat(header(record, CloudEventHeaders.SOURCE)).isEqualTo("/recruitflow/classifier-service");
    }

    @Test
    void classifiesEachProfileOnItsOwnMerits() {
        CandidateProfile developer = Profiles.featureAndApiFocusedDeveloper();
        CandidateProfile nurse = Profiles.nurse();
        publish(developer);
        publish(nurse);

        assertThat(classifications.awaitKey(developer.getCandidateKey()).value().getRole())
                .isEqualTo(CandidateRole.BACKEND_DEVELOPER);
        assertThat(classifications.awaitKey(nurse.getCandidateKey()).value().getRole())
                .isEqualTo(CandidateRole.NOT_BACKEND);
    }

    @Test
    void deadLettersAPoisonPillAndKeepsThePartitionFlowing() {
        String key = "poison:1";
        byte[] poison = {(byte) 0xC3, 0x01, 1, 2, 3, 4, 5, 6, 7, 8, 9};
        ingest.send(new ProducerRecord<>(Topics.CANDIDATE_PROFILES.name(), key, poison));
        CandidateProfile next = Profiles.featureAndApiFocusedDeveloper();
        next.setCandidateKey(key);
        publish(next);

        assertThat(classifications.awaitKey(key).value().getRole()).isEqualTo(CandidateRole.BACKEND_DEVELOPER);
        ConsumerRecord<String, byte[]> dead = deadLetters.awaitKey(key);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(header(dead, DeadLetters.REASON)).startsWith("cannot deserialize the value: Unknown writer schema");
        assertThat(header(dead, "kafka_dlt-original-topic")).isEqualTo(Topics.CANDIDATE_PROFILES.name());
    }

    @Test
    void forwardsATombstoneSoTheCandidateIsErasedDownstream() {
        String key = "greenhouse:erase-me";
        ingest.send(new ProducerRecord<>(Topics.CANDIDATE_PROFILES.name(), key, null));

        ConsumerRecord<String, CandidateClassified> tombstone =
                classifications.awaitRecord(record -> key.equals(record.key()));
        assertThat(tombstone.value()).isNull();
    }

    private void publish(CandidateProfile profile) {
        ingest.send(new ProducerRecord<>(Topics.CANDIDATE_PROFILES.name(), profile.getCandidateKey(), profile));
        ingest.flush();
    }
}
