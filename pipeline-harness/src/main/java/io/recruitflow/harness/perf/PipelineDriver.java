package io.recruitflow.harness.perf;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.harness.perf.CandidateEvents.Event;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * Sends candidate events to the raw ATS topic as an ATS would (JSON, keyed by candidate key, no
 * headers, idempotent producer with {@code acks=all}): all at once, or at a fixed rate.
 */
final class PipelineDriver implements AutoCloseable {

    private final KafkaProducer<String, byte[]> producer;
    private final AtomicReference<Exception> failure = new AtomicReference<>();

    PipelineDriver(String bootstrapServers) {
        producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                ProducerConfig.LINGER_MS_CONFIG, 5),
                new StringSerializer(), new ByteArraySerializer());
    }

    /** Sends the events as fast as the producer takes them; @return when the first was sent (epoch millis). */
    long sendAll(List<Event> events) {
        long start = System.currentTimeMillis();
        events.forEach(this::send);
        finish();
        return start;
    }

    /**
     * Sends {@code count} new events from the generator, {@code perSecond} of them a second, each
     * made (and so stamped with its ATS event time) when it is due; @return when the first was sent.
     */
    long sendAtRate(CandidateEvents generator, long count, int perSecond) {
        long intervalNanos = TimeUnit.SECONDS.toNanos(1) / perSecond;
        long startNanos = System.nanoTime();
        long start = System.currentTimeMillis();
        for (long i = 0; i < count; i++) {
            long due = startNanos + i * intervalNanos;
            long wait;
            while ((wait = due - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            send(generator.next(i));
        }
        finish();
        return start;
    }

    private void send(Event event) {
        producer.send(new ProducerRecord<>(Topics.ATS_CANDIDATE_EVENTS.name(), event.key(), event.json()),
                (metadata, exception) -> {
                    if (exception != null) {
                        failure.compareAndSet(null, exception);
                    }
                });
    }

    private void finish() {
        producer.flush();
        if (failure.get() != null) {
            throw new IllegalStateException("Could not send every candidate event", failure.get());
        }
    }

    @Override
    public void close() {
        producer.close(Duration.ofSeconds(5));
    }
}
