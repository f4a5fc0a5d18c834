package io.recruitflow.kit.kafka;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import io.recruitflow.contracts.cloudevents.CloudEventHeaders;
import io.recruitflow.contracts.topics.Topic;
import io.recruitflow.kit.observability.RecordTracing;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.springframework.core.log.LogAccessor;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.support.serializer.SerializationUtils;

/**
 * Consume-transform-produce for one batch of input events, run inside the listener container's
 * Kafka transaction: every output, dead letter and consumer offset of the batch commits together,
 * or none does. Per record:
 * <ul>
 * <li>a value that could not be deserialized goes to the dead-letter topic, as its original bytes;</li>
 * <li>a tombstone (erasure) is forwarded as a tombstone for the same key;</li>
 * <li>otherwise the transform's result is written, keyed like its input, with CloudEvents headers.
 * The transform is a pure function, so an exception it throws (or a result that cannot be
 * serialized) would recur on every retry: that record goes to the dead-letter topic with the
 * reason, and the rest of the batch flows on.</li>
 * </ul>
 * Sends are asynchronous; a send or commit failure rolls the whole batch back for a retry.
 */
public final class EventRelay<I, O extends SpecificRecord> {

    private static final LogAccessor log = new LogAccessor(EventRelay.class);
    /** MDC keys of log lines written while a record is relayed (structured logs show them). */
    public static final String CANDIDATE_KEY = "candidateKey";
    public static final String EVENT_ID = "eventId";

    private final KafkaOperations<String, Object> kafka;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final Topic<O> output;
    private final String serviceSource;
    private final Function<I, O> transform;
    private final Clock clock;
    private final Observer<O> observer;
    private final RecordTracing tracing;
    private final String spanName;

    public EventRelay(KafkaOperations<String, Object> kafka, Topic<O> output, String serviceSource,
                      Function<I, O> transform, Clock clock) {
        this(kafka, output, serviceSource, transform, clock, new Observer<>() { });
    }

    public EventRelay(KafkaOperations<String, Object> kafka, Topic<O> output, String serviceSource,
                      Function<I, O> transform, Clock clock, Observer<O> observer) {
        this(kafka, output, serviceSource, transform, clock, observer, RecordTracing.NONE);
    }

    /**
     * @param observer told about every event written and every dead letter, once the batch has committed
     * @param tracing  continues each record's trace while it is relayed
     */
    public EventRelay(KafkaOperations<String, Object> kafka, Topic<O> output, String serviceSource,
                      Function<I, O> transform, Clock clock, Observer<O> observer, RecordTracing tracing) {
        this.kafka = kafka;
        this.deadLetters = DeadLettering.recoverer(kafka);
        this.output = output;
        this.serviceSource = serviceSource;
        this.transform = transform;
        this.clock = clock;
        this.observer = observer;
        this.tracing = tracing;
        this.spanName = "relay to " + output.name();
    }

    /** What a service counts: called after the transaction commits, so a retried batch is not counted twice. */
    public interface Observer<O> {

        default void relayed(O event) {
        }

        default void deadLettered(String inputTopic, Exception reason) {
        }

        /** A batch of {@code records} input records took {@code elapsed} to relay (before the commit). */
        default void batchRelayed(int records, Duration elapsed) {
        }
    }

    /** @return the events written for this batch (tombstones and dead letters not included) */
    public List<O> relay(List<ConsumerRecord<String, I>> batch) {
        return relayEach(batch).stream().map(Relayed::value).filter(Objects::nonNull).toList();
    }

    /** @return what was written for this batch, in order: events and forwarded tombstones, not dead letters */
    public List<Relayed<O>> relayEach(List<ConsumerRecord<String, I>> batch) {
        long started = System.nanoTime();
        List<Relayed<O>> written = new ArrayList<>(batch.size());
        List<Runnable> observations = new ArrayList<>();
        for (ConsumerRecord<String, I> record : batch) {
            Relayed<O> result;
            result = ConsumedRecord.handle(record, tracing, spanName, () -> relay(record, observations));
            if (result != null) {
                written.add(result);
                if (result.value() != null) {
                    observations.add(() -> observer.relayed(result.value()));
                }
            }
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        observations.add(() -> observer.batchRelayed(batch.size(), elapsed));
        AfterCommit.run(() -> observations.forEach(Runnable::run));
        return written;
    }

    private Relayed<O> relay(ConsumerRecord<String, I> record, List<Runnable> observations) {
        DeserializationException unreadable = SerializationUtils.getExceptionFromHeader(record,
                SerializationUtils.VALUE_DESERIALIZER_EXCEPTION_HEADER, log);
        if (unreadable != null) {
            deadLetter(record, unreadable, observations);
            return null;
        }
        O result = null;
        if (record.value() != null) {
            try {
                result = transform.apply(record.value());
            } catch (RuntimeException e) {
                deadLetter(record, e, observations);
                return null;
            }
        }
        ProducerRecord<String, Object> out = new ProducerRecord<>(output.name(), record.key(), result);
        CloudEventHeaders.stamp(out.headers(), output, CloudEventHeaders.derivedId(output, ConsumedRecord.causeId(record)),
                serviceSource, record.key(), clock.instant());
        try {
            kafka.send(out);
        } catch (SerializationException e) {
            // The result cannot be encoded (e.g. a null inside a list): as deterministic as a transform failure.
            deadLetter(record, e, observations);
            return null;
        }
        return new Relayed<>(record.key(), result);
    }

    /**
     * One record written by the relay.
     *
     * @param key   the candidate key
     * @param value the event written; {@code null} for a forwarded tombstone
     */
    public record Relayed<O>(String key, O value) {

        public boolean isTombstone() {
            return value == null;
        }
    }

    private void deadLetter(ConsumerRecord<String, I> record, Exception reason, List<Runnable> observations) {
        observations.add(() -> observer.deadLettered(record.topic(), reason));
        DeadLettering.send(deadLetters, record, reason);
    }
}
