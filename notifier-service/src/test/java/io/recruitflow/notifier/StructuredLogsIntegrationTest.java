package io.recruitflow.notifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.Map;

import io.recruitflow.contracts.kafka.EventValueSerializer;
import io.recruitflow.contracts.testing.TopicProbe;
import io.recruitflow.contracts.topics.Topics;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.kafka.test.context.EmbeddedKafka;
import org.springframework.test.context.ActiveProfiles;

/** With the json-logs profile every line is ECS JSON, carrying the candidate key and event id it concerns. */
@SpringBootTest(properties = {"notifier.partitions=1", "spring.kafka.consumer.properties.fetch.max.wait.ms=100"})
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers", brokerProperties = {
        "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
@ActiveProfiles("json-logs")
@ExtendWith(OutputCaptureExtension.class)
class StructuredLogsIntegrationTest {

    @Value("${spring.kafka.bootstrap-servers}")
    String bootstrapServers;

    @Test
    void writesEcsJsonWithTheCandidateKeyAndEventId(CapturedOutput output) {
        try (KafkaProducer<String, Object> producer = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                bootstrapServers), new StringSerializer(), new EventValueSerializer())) {
            ProducerRecord<String, Object> poison = new ProducerRecord<>(Topics.CANDIDATE_CLASSIFICATIONS.name(),
                    "greenhouse:7777", "not avro".getBytes());
            poison.headers().add("ce_id", "evt-7777".getBytes());
            producer.send(poison);
        }

        await().atMost(TopicProbe.DEFAULT_WAIT).untilAsserted(() -> assertThat(output.getOut().lines()
                .filter(line -> line.contains("Dead-lettering")))
                .singleElement()
                .satisfies(line -> assertThat(line).startsWith("{").contains("\"candidateKey\":\"greenhouse:7777\"",
                        "\"eventId\":\"evt-7777\"", "\"traceId\":", "\"level\":\"WARN\"",
                        "\"service\":{\"name\":\"notifier-service\"")));
    }
}
