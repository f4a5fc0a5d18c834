package io.recruitflow.dlttool;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.Test;

class DeadLetterTest {

    private static final String REQUESTS_DLT = "recruiting.notification.requests.v1-dlt";

    @Test
    void aDeadLetterFromRetryTopicsNamesWhereItFirstFailedAndReplaysToTheMainTopic() {
        DeadLetter deadLetter = new DeadLetter(retriedRequest());

        assertThat(deadLetter.originalTopic()).isEqualTo("recruiting.notification.requests.v1");
        assertThat(deadLetter.originalPartition()).isEqualTo(4);
        assertThat(deadLetter.originalOffset()).isEqualTo(17L);
        assertThat(deadLetter.reason()).isEqualTo("webhook answered 503");
        assertThat(deadLetter.exceptionClass()).isEqualTo("java.io.IOException");
        assertThat(DeadLetter.replayTarget(deadLetter.dlt())).isEqualTo("recruiting.notification.requests.v1");
        assertThat(DeadLetter.replayTarget("recruiting.candidate.profiles.v1")).isNull();
    }

    @Test
    void aReplayedCopyKeepsTheOriginalHeadersOnlyAndSaysWhereItCameFrom() {
        List<String> kept = new ArrayList<>();
        for (Header header : new DeadLetter(retriedRequest()).replayHeaders()) {
            kept.add(header.key() + "=" + new String(header.value(), StandardCharsets.UTF_8));
        }

        assertThat(kept).containsExactly("ce_id=evt-1", "notifier-subscription=ops-team",
                "dlt-replayed-from=" + REQUESTS_DLT + "-4@9");
    }

    private static ConsumerRecord<byte[], byte[]> retriedRequest() {
        ConsumerRecord<byte[], byte[]> record = new ConsumerRecord<>(REQUESTS_DLT, 4, 9,
                "greenhouse:4711".getBytes(StandardCharsets.UTF_8), new byte[] {(byte) 0xc3, 0x01});
        text(record, "ce_id", "evt-1");
        text(record, "notifier-subscription", "ops-team");
        text(record, "dlt-replayed-from", REQUESTS_DLT + "-4@2");
        text(record, "retry_topic-attempts", "3");
        text(record, DeadLetter.ORIGINAL_TOPIC, "recruiting.notification.requests.v1");
        record.headers().add(DeadLetter.ORIGINAL_PARTITION, ByteBuffer.allocate(4).putInt(4).array());
        record.headers().add(DeadLetter.ORIGINAL_OFFSET, ByteBuffer.allocate(8).putLong(17).array());
        text(record, DeadLetter.ORIGINAL_TOPIC, "recruiting.notification.requests.v1-retry-1");
        text(record, DeadLetter.EXCEPTION_FQCN, "java.io.IOException");
        text(record, "kafka_dlt-exception-stacktrace", "java.io.IOException: 503 ...");
        text(record, "dlt-reason", "webhook answered 503");
        return record;
    }

    private static void text(ConsumerRecord<?, ?> record, String name, String value) {
        record.headers().add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
