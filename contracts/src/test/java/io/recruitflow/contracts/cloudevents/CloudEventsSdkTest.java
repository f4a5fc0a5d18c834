package io.recruitflow.contracts.cloudevents;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;

import io.cloudevents.CloudEvent;
import io.cloudevents.core.builder.CloudEventBuilder;
import io.cloudevents.kafka.KafkaMessageFactory;
import io.recruitflow.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.record.TimestampType;
import org.junit.jupiter.api.Test;

/**
 * Our binary-mode CloudEvents headers against the CloudEvents Java SDK's Kafka binding
 * ({@code io.cloudevents:cloudevents-kafka}): the SDK writes the same headers, byte for byte, for the
 * same event, and reads the events we write. Why the pipeline writes them itself anyway: see the
 * contracts README.
 */
class CloudEventsSdkTest {

    private static final String ID = "greenhouse:gh-evt-0001";
    private static final String SOURCE = "/recruitflow/ingest-service";
    private static final String SUBJECT = "greenhouse:4711";
    private static final Instant TIME = Instant.parse("2026-12-08T10:15:30.123Z");
    private static final byte[] DATA = {(byte) 0xC3, 0x01, 1, 2, 3};

    @Test
    void theSdkWritesTheHeadersWeWriteForTheSameEvent() {
        Headers ours = CloudEventHeaders.stamp(new RecordHeaders(), Topics.CANDIDATE_PROFILES, ID, SOURCE, SUBJECT, TIME);

        CloudEvent event = CloudEventBuilder.v1().withId(ID).withSource(URI.create(SOURCE))
                .withType(Topics.CANDIDATE_PROFILES.cloudEventType()).withSubject(SUBJECT)
                .withTime(TIME.atOffset(ZoneOffset.UTC)).withData(CloudEventHeaders.AVRO_CONTENT_TYPE, DATA).build();
        ProducerRecord<String, byte[]> sdk = KafkaMessageFactory.createWriter(Topics.CANDIDATE_PROFILES.name(), null,
                null, SUBJECT).writeBinary(event);

        assertThat(texts(ours)).isEqualTo(texts(sdk.headers()));
        assertThat(sdk.value()).isEqualTo(DATA);
    }

    @Test
    void theSdkReadsTheEventsWeWrite() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>(Topics.CANDIDATE_PROFILES.name(), 0, 42L,
                TIME.toEpochMilli(), TimestampType.CREATE_TIME, 0, DATA.length, SUBJECT, DATA,
                CloudEventHeaders.stamp(new RecordHeaders(), Topics.CANDIDATE_PROFILES, ID, SOURCE, SUBJECT, TIME),
                java.util.Optional.empty());

        CloudEvent event = KafkaMessageFactory.createReader(record).toEvent();

        assertThat(event.getId()).isEqualTo(ID);
        assertThat(event.getSource()).isEqualTo(URI.create(SOURCE));
        assertThat(event.getType()).isEqualTo(Topics.CANDIDATE_PROFILES.cloudEventType());
        assertThat(event.getSubject()).isEqualTo(SUBJECT);
        assertThat(event.getTime().toInstant()).isEqualTo(TIME);
        assertThat(event.getDataContentType()).isEqualTo(CloudEventHeaders.AVRO_CONTENT_TYPE);
        assertThat(event.getData().toBytes()).isEqualTo(DATA);
    }

    private static Map<String, String> texts(Headers headers) {
        Map<String, String> texts = new HashMap<>();
        for (Header header : headers) {
            texts.put(header.key(), new String(header.value(), StandardCharsets.UTF_8));
        }
        return texts;
    }
}
