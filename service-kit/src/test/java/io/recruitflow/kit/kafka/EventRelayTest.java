package io.recruitflow.kit.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.PlatformRanking;
import io.recruitflow.avro.RoleScore;
import io.recruitflow.avro.SourcingPlatform;
import io.recruitflow.contracts.cloudevents.CloudEventHeaders;
import io.recruitflow.contracts.kafka.DeadLetters;
import io.recruitflow.contracts.kafka.EventValueSerializer;
import io.recruitflow.contracts.topics.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * The relay's per-record decisions, on Kafka's own {@link MockProducer}; the transactional
 * behaviour on a real broker is covered by the services' integration tests.
 */
class EventRelayTest {

    static final Topic<PlatformRanking> OUT = new Topic<>("out.v1", PlatformRanking.class, "test.out.v1",
            Topic.Retention.COMPACTED);
    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final MockProducer<String, Object> producer = new MockProducer<>(true, null,
            new StringSerializer(), new EventValueSerializer()) {
        @Override
        public void close(Duration timeout) {
            // KafkaTemplate closes a non-transactional producer after each send; keep its history.
        }
    };
    private final KafkaTemplate<String, Object> kafka = new KafkaTemplate<>(() -> producer);

    private final EventRelay<RoleScore, PlatformRanking> relay = new EventRelay<>(kafka, OUT, "/test", score -> {
        if (score.getScore() < 0) {
            throw new IllegalArgumentException("negative score");
        }
        List<String> reasons = score.getScore() > 1 ? Arrays.asList("ok", null) : List.of("ok");
        return new PlatformRanking(SourcingPlatform.UPWORK, score.getScore(), reasons);
    }, Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void writesTheTransformedEventKeyedLikeItsInputWithCloudEventsHeaders() {
        ConsumerRecord<String, RoleScore> in = input("k1", new RoleScore(CandidateRole.HYBRID, 0.5));
        in.headers().add(CloudEventHeaders.ID, "cause-1".getBytes(StandardCharsets.UTF_8));

        List<PlatformRanking> written = relay.relay(List.of(in));

        assertThat(written).hasSize(1);
        ProducerRecord<String, Object> out = producer.history().get(0);
        assertThat(out.topic()).isEqualTo("out.v1");
        assertThat(out.key()).isEqualTo("k1");
        assertThat(CloudEventHeaders.text(out.headers(), CloudEventHeaders.ID))
                .isEqualTo(CloudEventHeaders.derivedId(OUT, "cause-1"));
        assertThat(CloudEventHeaders.text(out.headers(), CloudEventHeaders.TIME)).isEqualTo("2026-11-28T12:00:00Z");
        assertThat(CloudEventHeaders.text(out.headers(), CloudEventHeaders.SUBJECT)).isEqualTo("k1");
    }

    @Test
    void deadLettersARecordTheTransformRejectsAndRelaysTheRest() {
        List<PlatformRanking> written = relay.relay(List.of(
                input("bad", new RoleScore(CandidateRole.HYBRID, -1.0)),
                input("good", new RoleScore(CandidateRole.HYBRID, 0.7))));

        assertThat(written).extracting(PlatformRanking::getScore).containsExactly(0.7);
        assertThat(producer.history()).extracting(ProducerRecord::topic).containsExactly("in.v1-dlt", "out.v1");
        assertThat(CloudEventHeaders.text(producer.history().get(0).headers(), DeadLetters.REASON))
                .isEqualTo("negative score");
    }

    @Test
    void deadLettersAResultThatCannotBeSerialized() {
        List<PlatformRanking> written = relay.relay(List.of(input("null-inside", new RoleScore(CandidateRole.HYBRID, 2.0))));

        assertThat(written).isEmpty();
        assertThat(producer.history()).extracting(ProducerRecord::topic).containsExactly("in.v1-dlt");
    }

    @Test
    void deadLettersTheOriginalBytesOfAValueThatCouldNotBeDeserialized() {
        byte[] poison = "not avro".getBytes(StandardCharsets.UTF_8);
        ConsumerRecord<String, RoleScore> in = input("poison", null);
        // What ErrorHandlingDeserializer records when its delegate fails.
        SerializationUtils.deserializationException(in.headers(), poison, new SerializationException("Not Avro"), false);

        relay.relay(List.of(in));

        ProducerRecord<String, Object> dead = producer.history().get(0);
        assertThat(dead.topic()).isEqualTo("in.v1-dlt");
        assertThat(dead.partition()).isEqualTo(3);
        assertThat(dead.value()).isEqualTo(poison);
        assertThat(CloudEventHeaders.text(dead.headers(), DeadLetters.REASON))
                .isEqualTo("cannot deserialize the value: Not Avro");
    }

    @Test
    void forwardsATombstoneAsATombstone() {
        relay.relay(List.of(input("erased", null)));

        ProducerRecord<String, Object> out = producer.history().get(0);
        assertThat(out.topic()).isEqualTo("out.v1");
        assertThat(out.key()).isEqualTo("erased");
        assertThat(out.value()).isNull();
    }

    private static ConsumerRecord<String, RoleScore> input(String key, RoleScore value) {
        return new ConsumerRecord<>("in.v1", 3, 42, key, value);
    }
}
