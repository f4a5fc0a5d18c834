package io.recruitflow.kit.kafka;

import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import org.apache.avro.specific.SpecificRecord;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.listener.DefaultAfterRollbackProcessor;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.util.backoff.ExponentialBackOff;
import io.recruitflow.contracts.kafka.EventValueSerializer;

/**
 * The Kafka building blocks every service configures the same way, as beans for Spring Boot's
 * Kafka auto-configuration to pick up.
 */
public final class PipelineKafka {

    private PipelineKafka() {
    }

    /**
     * Producers write Avro events in single-object encoding and dead letters as raw bytes
     * ({@link EventValueSerializer}).
     */
    @SuppressWarnings("unchecked")
    public static DefaultKafkaProducerFactoryCustomizer eventValues() {
        return factory -> ((DefaultKafkaProducerFactory<String, Object>) factory)
                .setValueSerializer(new EventValueSerializer());
    }

    /**
     * Consumers read the values of an Avro topic so that a record that is not a valid event (a
     * poison pill) becomes a {@code DeserializationException} header instead of an endless failing
     * poll. Each consumer gets its own deserializer instance.
     */
    @SuppressWarnings("unchecked")
    public static <T extends SpecificRecord> DefaultKafkaConsumerFactoryCustomizer avroValues(Class<T> type) {
        return factory -> ((DefaultKafkaConsumerFactory<String, T>) factory).setValueDeserializerSupplier(
                () -> new ErrorHandlingDeserializer<>(new AvroSingleObjectDeserializer<>(type)));
    }

    /**
     * After a transactional batch rolls back, seek back and retry it, backing off up to 30 s, for as
     * long as it takes. Records that cannot be processed never cause a rollback: {@link EventRelay}
     * dead-letters them inside the transaction. A rollback therefore means the broker or the
     * producer failed, and dead-lettering the batch (what a batch recoverer would do) would lose
     * good records; the consumer lag shows the stall instead.
     */
    public static AfterRollbackProcessor<Object, Object> retryRolledBackBatches() {
        ExponentialBackOff backOff = new ExponentialBackOff(1_000, 2.0);
        backOff.setMaxInterval(30_000);
        return new DefaultAfterRollbackProcessor<>(backOff);
    }

    /**
     * The transaction manager of the listener containers and of the services' own transactions
     * ({@link PipelineTransactionManager}): after-commit callbacks run after the commit, and a
     * transaction lost to a fenced producer is retried instead of skipped.
     */
    public static KafkaTransactionManager<?, ?> transactionManager(ProducerFactory<?, ?> producers) {
        return new PipelineTransactionManager<>(producers);
    }
}
