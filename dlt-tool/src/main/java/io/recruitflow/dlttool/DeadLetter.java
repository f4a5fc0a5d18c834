package io.recruitflow.dlttool;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Iterator;

import io.recruitflow.contracts.kafka.DeadLetters;
import io.recruitflow.contracts.topics.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * One record of a dead-letter topic as the dead-letter contract ({@link DeadLetters}) describes it:
 * the key and value as they were read, the original headers, and the reason headers that the
 * consumer (or Spring's retry topics) added.
 */
record DeadLetter(ConsumerRecord<byte[], byte[]> record) {

    static final String ORIGINAL_TOPIC = "kafka_dlt-original-topic";
    static final String ORIGINAL_PARTITION = "kafka_dlt-original-partition";
    static final String ORIGINAL_OFFSET = "kafka_dlt-original-offset";
    static final String ORIGINAL_CONSUMER_GROUP = "kafka_dlt-original-consumer-group";
    static final String EXCEPTION_FQCN = "kafka_dlt-exception-fqcn";
    static final String EXCEPTION_CAUSE_FQCN = "kafka_dlt-exception-cause-fqcn";
    static final String EXCEPTION_MESSAGE = "kafka_dlt-exception-message";
    /** Where a replayed copy came from: {@code <dlt>-<partition>@<offset>}. */
    static final String REPLAYED_FROM = "dlt-replayed-from";

    private static final String DLT_HEADER_PREFIX = "kafka_dlt-";
    private static final String RETRY_TOPIC_HEADER_PREFIX = "retry_topic-";

    String dlt() {
        return record.topic();
    }

    int partition() {
        return record.partition();
    }

    long offset() {
        return record.offset();
    }

    /** {@code partition@offset}, the record's address within its dead-letter topic. */
    String position() {
        return position(record.partition(), record.offset());
    }

    static String position(int partition, long offset) {
        return partition + "@" + offset;
    }

    Instant timestamp() {
        return Instant.ofEpochMilli(record.timestamp());
    }

    /** The candidate key (UTF-8), or null. */
    String key() {
        return record.key() == null ? null : new String(record.key(), StandardCharsets.UTF_8);
    }

    byte[] value() {
        return record.value();
    }

    /** The most recent reason: a record dead-lettered twice carries the headers of both times. */
    String reason() {
        return last(DeadLetters.REASON);
    }

    /** Where the record was first read from; retry topics may add later ones. */
    String originalTopic() {
        return first(ORIGINAL_TOPIC);
    }

    Integer originalPartition() {
        byte[] bytes = firstBytes(ORIGINAL_PARTITION);
        return bytes == null || bytes.length != Integer.BYTES ? null : ByteBuffer.wrap(bytes).getInt();
    }

    Long originalOffset() {
        byte[] bytes = firstBytes(ORIGINAL_OFFSET);
        return bytes == null || bytes.length != Long.BYTES ? null : ByteBuffer.wrap(bytes).getLong();
    }

    String consumerGroup() {
        return last(ORIGINAL_CONSUMER_GROUP);
    }

    /**
     * The exception's class; its cause's when Spring wrapped it (a listener's exception arrives
     * wrapped in {@code ListenerExecutionFailedException}).
     */
    String exceptionClass() {
        String cause = last(EXCEPTION_CAUSE_FQCN);
        return cause != null ? cause : last(EXCEPTION_FQCN);
    }

    /** May quote the value: shown only when values are. */
    String exceptionMessage() {
        return last(EXCEPTION_MESSAGE);
    }

    /** The topic a replay writes to: the dead-letter topic's name without {@code -dlt}. */
    static String replayTarget(String dlt) {
        return dlt.endsWith(Topic.DLT_SUFFIX) ? dlt.substring(0, dlt.length() - Topic.DLT_SUFFIX.length()) : null;
    }

    /**
     * The headers of the replayed copy: the original ones without what dead-lettering added
     * ({@code kafka_dlt-*}, {@value DeadLetters#REASON}, {@code retry_topic-*}) or an earlier
     * replay added, plus {@value #REPLAYED_FROM}.
     */
    Headers replayHeaders() {
        RecordHeaders headers = new RecordHeaders();
        for (Header header : record.headers()) {
            String name = header.key();
            if (!name.startsWith(DLT_HEADER_PREFIX) && !name.startsWith(RETRY_TOPIC_HEADER_PREFIX)
                    && !name.equals(DeadLetters.REASON) && !name.equals(REPLAYED_FROM)) {
                headers.add(header);
            }
        }
        headers.add(REPLAYED_FROM, (dlt() + "-" + position()).getBytes(StandardCharsets.UTF_8));
        return headers;
    }

    private String first(String name) {
        byte[] bytes = firstBytes(name);
        return bytes == null ? null : new String(bytes, StandardCharsets.UTF_8);
    }

    private byte[] firstBytes(String name) {
        Iterator<Header> headers = record.headers().headers(name).iterator();
        return headers.hasNext() ? headers.next().value() : null;
    }

    private String last(String name) {
        Header header = record.headers().lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
