package io.recruitflow.contracts.kafka;

import java.nio.charset.StandardCharsets;

import io.recruitflow.contracts.topics.Topic;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.TimestampedException;
import org.springframework.kafka.support.serializer.DeserializationException;

/**
 * The dead-letter contract: a record a consumer cannot process goes to {@code <its topic>-dlt}, same
 * partition, same key, the value as it was read (the original bytes when it could not even be
 * deserialized), its original headers, and these reasons: {@value #REASON} (one readable line)
 * plus Spring Kafka's {@code kafka_dlt-original-topic/partition/offset/timestamp/consumer-group} and
 * {@code kafka_dlt-exception-fqcn/message/stacktrace}.
 */
public final class DeadLetters {

    /** One readable line saying why the record could not be processed. Never quotes the value. */
    public static final String REASON = "dlt-reason";

    private DeadLetters() {
    }

    public static DeadLetterPublishingRecoverer recoverer(KafkaOperations<?, ?> kafka) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + Topic.DLT_SUFFIX, record.partition()));
        recoverer.setFailIfSendResultIsError(true);
        recoverer.addHeadersFunction((record, exception) -> reasonHeader(exception));
        return recoverer;
    }

    public static String reason(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ListenerExecutionFailedException || cause instanceof TimestampedException
                || cause instanceof BatchListenerFailedException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        if (cause instanceof DeserializationException && cause.getCause() != null) {
            return "cannot deserialize the value: " + cause.getCause().getMessage();
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static Headers reasonHeader(Exception exception) {
        return new RecordHeaders().add(REASON, reason(exception).getBytes(StandardCharsets.UTF_8));
    }
}
