package io.recruitflow.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.classifier.rolemodel.RoleModel;
import io.recruitflow.classifier.scoring.Profiles;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.kafka.EventValueSerializer;
import io.recruitflow.contracts.testing.TopicProbe;
import io.recruitflow.contracts.topics.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Rolling out a new role model while the service runs: the watcher picks up the changed file and
 * the classifier replays the compacted profiles topic, so a profile published once is classified
 * again under the new version without anyone re-sending it.
 */
@SpringBootTest(properties = {"classifier.partitions=2", "classifier.role-model-check-interval=300ms",
        "spring.kafka.consumer.properties.fetch.max.wait.ms=100"})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers", brokerProperties = {
        "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
class ModelRolloutIntegrationTest {

    static final Path MODEL_FILE = copyOfTheStandardModel();

    @DynamicPropertySource
    static void roleModelFile(DynamicPropertyRegistry registry) {
        registry.add("classifier.role-model-file", MODEL_FILE::toString);
    }

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void reclassifiesCurrentProfilesWhenANewModelVersionIsRolledOut() throws IOException {
        CandidateProfile engineer = Profiles.architectureFocusedEngineer();
        String oldVersion = RoleModel.standard().version();
        try (KafkaProducer<String, Object> ingest = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), new StringSerializer(), new EventValueSerializer());
             TopicProbe<CandidateClassified> classifications = TopicProbe.of(bootstrapServers,
                     Topics.CANDIDATE_CLASSIFICATIONS.name(), new AvroSingleObjectDeserializer<>(CandidateClassified.class))) {
            ingest.send(new ProducerRecord<>(Topics.CANDIDATE_PROFILES.name(), engineer.getCandidateKey(), engineer));
            ingest.flush();
            assertThat(classifications.awaitKey(engineer.getCandidateKey()).value().getModelVersion()).isEqualTo(oldVersion);

            Files.writeString(MODEL_FILE, Files.readString(MODEL_FILE)
                    .replaceFirst("\"version\"\\s*:\\s*\\d+", "\"version\": 42"));

            CandidateClassified again = classifications.awaitRecord(record ->
                    record.key().equals(engineer.getCandidateKey())
                            && record.value().getModelVersion().startsWith("backend-roles@42+sha256:")).value();
            assertThat(again.getProfileEventId()).isEqualTo(engineer.getEventId());
            assertThat(again.getRole()).isNotNull();
        }
    }

    private static Path copyOfTheStandardModel() {
        try (InputStream in = RoleModel.class.getClassLoader().getResourceAsStream("rolemodel/backend-roles.json")) {
            Path file = Files.createTempFile("backend-roles", ".json");
            Files.writeString(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
            file.toFile().deleteOnExit();
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
