package io.recruitflow.kit.kafka;

import java.nio.charset.StandardCharsets;

import io.recruitflow.contracts.kafka.DeadLetters;
import io.recruitflow.contracts.topics.Topic;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import org.springframework.kafka.listener.TimestampedException;
import org.springframework.kafka.support.serializer.DeserializationException;

/** Writes the {@link DeadLetters} contract with Spring Kafka: the record, its headers, and the reason. */
public final class DeadLettering {

    private static final LogAccessor log = new LogAccessor(DeadLettering.class);

    private DeadLettering() {
    }

    public static DeadLetterPublishingRecoverer recoverer(KafkaOperations<?, ?> kafka) {
        DeadLetterPublishingRecoverer recoverer = new DeadLetterPublishingRecoverer(kafka,
                (record, exception) -> new TopicPartition(record.topic() + Topic.DLT_SUFFIX, record.partition()));
        recoverer.setFailIfSendResultIsError(true);
        recoverer.addHeadersFunction((record, exception) -> reasonHeader(exception));
        return recoverer;
    }

    /**
     * Writes one record to its dead-letter topic, inside the listener's transaction, and logs where it
     * was read and why (its position and the reason; never its key or value).
     */
    public static void send(DeadLetterPublishingRecoverer recoverer, ConsumerRecord<?, ?> record, Exception reason) {
        log.warn(() -> "Dead-lettering " + record.topic() + "-" + record.partition() + "@" + record.offset() + ": "
                + reason(reason));
        recoverer.accept(record, null, reason);
    }

    /** The {@link DeadLetters#REASON} of a failure: the message of what went wrong, past the listener's wrappers. */
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
        return new RecordHeaders().add(DeadLetters.REASON, reason(exception).getBytes(StandardCharsets.UTF_8));
    }
}
