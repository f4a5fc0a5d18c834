package io.recruitflow.contracts.kafka;

import java.util.function.Supplier;

import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Deserializer;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.util.backoff.ExponentialBackOff;

/** The Kafka building blocks every service configures the same way. */
public final class PipelineKafka {

    private PipelineKafka() {
    }

    /**
     * Values of an Avro topic, read so that a record that is not a valid event (a poison pill)
     * becomes a {@code DeserializationException} header instead of an endless failing poll.
     * A supplier, so each consumer gets its own instance.
     */
    public static <T extends SpecificRecord> Supplier<Deserializer<T>> avroValues(Class<T> type) {
        return () -> new ErrorHandlingDeserializer<>(new AvroSingleObjectDeserializer<>(type));
    }

    /**
     * After a transactional batch rolls back, seek back and retry it, backing off up to 30 s, for as
     * long as it takes. Records that cannot be processed never cause a rollback: {@link EventRelay}
     * dead-letters them inside the transaction. A rollback therefore means the broker or the
     * producer failed, and dead-lettering the batch would lose good records; the consumer lag
     * shows the stall instead.
     */
    public static AfterRollbackProcessor<Object, Object> retryRolledBackBatches() {
        ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2.0);
        backOff.setMaxInterval(30_000);
        return new DefaultAfterRollbackProcessor<>(backOff);
    }
}
