package io.recruitflow.ingest.receipts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.recruitflow.contracts.topics.Topic;
import io.recruitflow.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * ingest's memory of what it has accepted, kept in the compacted topic
 * {@code recruiting.ingest.receipts.v1} and mirrored in memory: on start it reads the topic to its
 * end before the service takes traffic, then keeps following it, so a restart or another instance
 * knows every receipt. Receipts expire with the topic's retention ({@link Topic#RECEIPT_RETENTION}),
 * in memory as on the broker. Keys name what a receipt is about ({@code delivery|<source>|<eventId>} or
 * {@code content|<candidateKey>}); values are short JSON written by {@link Receipts}.
 */
public final class ReceiptStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReceiptStore.class);
    private static final String TOPIC = Topics.INGEST_RECEIPTS.name();

    private static final Duration EVICTION_INTERVAL = Duration.ofMinutes(10);

    /** A receipt and when it was written; it is forgotten once the topic would have dropped it. */
    private record Receipt(String value, long writtenAtMillis) {
    }

    private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
    /** Receipts of the calling thread's batch, not written yet (an empty value forgets one); see {@link #deferWrites}. */
    private final ThreadLocal<Map<String, Optional<String>>> deferred = new ThreadLocal<>();
    private final Duration retention;
    private final Clock clock;
    private long nextEvictionMillis;
    private final Consumer<String, byte[]> consumer;
    private final Producer<String, byte[]> producer;
    private final Duration writeTimeout;
    private Thread follower;

    public ReceiptStore(Consumer<String, byte[]> consumer, Producer<String, byte[]> producer, Duration writeTimeout) {
        this(consumer, producer, writeTimeout, Topic.RECEIPT_RETENTION, Clock.systemUTC());
    }

    ReceiptStore(Consumer<String, byte[]> consumer, Producer<String, byte[]> producer, Duration writeTimeout,
                 Duration retention, Clock clock) {
        this.consumer = consumer;
        this.producer = producer;
        this.writeTimeout = writeTimeout;
        this.retention = retention;
        this.clock = clock;
    }

    /** Reads the topic to its current end, then follows it on a thread of its own. */
    public void start(Duration loadTimeout) {
        List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, loadTimeout).stream()
                .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, loadTimeout);
        long deadline = System.nanoTime() + loadTimeout.toNanos();
        while (!caughtUp(end)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Could not read " + TOPIC + " to its end within " + loadTimeout);
            }
            consumer.poll(Duration.ofMillis(200)).forEach(this::apply);
        }
        log.info("Loaded {} receipts from {}", receipts.size(), TOPIC);
        follower = new Thread(this::follow, "receipts-follower");
        follower.setDaemon(true);
        follower.start();
    }

    public Optional<String> get(String key) {
        Map<String, Optional<String>> batch = deferred.get();
        if (batch != null && batch.containsKey(key)) {
            return batch.get(key);
        }
        Receipt receipt = receipts.get(key);
        return receipt == null || expired(receipt) ? Optional.empty() : Optional.of(receipt.value());
    }

    /**
     * Writes a receipt (a {@code null} value forgets one) and waits for the broker's acknowledgement;
     * between {@link #deferWrites} and {@link #flushWrites} on this thread, only remembers it for the batch.
     */
    public void put(String key, String value) {
        Map<String, Optional<String>> batch = deferred.get();
        if (batch != null) {
            batch.put(key, Optional.ofNullable(value));
            return;
        }
        write(Map.of(key, Optional.ofNullable(value)));
    }

    /**
     * From now on this thread's {@link #put}s are kept for its batch (and seen by its {@link #get}s)
     * until {@link #flushWrites} writes them all at once, or {@link #discardWrites} drops them.
     */
    public void deferWrites() {
        deferred.set(new LinkedHashMap<>());
    }

    /** Writes this thread's deferred receipts, waits for every acknowledgement, and stops deferring. */
    public void flushWrites() {
        Map<String, Optional<String>> batch = deferred.get();
        deferred.remove();
        if (batch != null) {
            write(batch);
        }
    }

    /** Drops this thread's deferred receipts (its batch failed and will be processed again) and stops deferring. */
    public void discardWrites() {
        deferred.remove();
    }

    private void write(Map<String, Optional<String>> writes) {
        List<Future<RecordMetadata>> acks = new ArrayList<>(writes.size());
        writes.forEach((key, value) -> acks.add(producer.send(new ProducerRecord<>(TOPIC, key,
                value.map(text -> text.getBytes(StandardCharsets.UTF_8)).orElse(null)))));
        long deadline = System.nanoTime() + writeTimeout.toNanos();
        try {
            for (Future<RecordMetadata> ack : acks) {
                ack.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a receipt", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write a receipt to " + TOPIC, e);
        }
        writes.forEach((key, value) -> value.ifPresentOrElse(
                text -> receipts.put(key, new Receipt(text, clock.millis())), () -> receipts.remove(key)));
    }

    private boolean caughtUp(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(partition -> consumer.position(partition.getKey()) >= partition.getValue());
    }

    private void follow() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                consumer.poll(Duration.ofMillis(500)).forEach(this::apply);
                evictExpired();
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private void apply(ConsumerRecord<String, byte[]> record) {
        if (record.key() == null) {
            return;
        }
        if (record.value() == null) {
            receipts.remove(record.key());
        } else {
            receipts.put(record.key(), new Receipt(new String(record.value(), StandardCharsets.UTF_8), record.timestamp()));
        }
    }

    private boolean expired(Receipt receipt) {
        return receipt.writtenAtMillis() < clock.millis() - retention.toMillis();
    }

    /** Memory follows the topic's retention: what the broker would have dropped is dropped here too. */
    void evictExpired() {
        long now = clock.millis();
        if (now >= nextEvictionMillis) {
            receipts.values().removeIf(this::expired);
            nextEvictionMillis = now + EVICTION_INTERVAL.toMillis();
        }
    }

    int size() {
        return receipts.size();
    }

    @Override
    public void close() {
        if (follower != null) {
            consumer.wakeup();
            try {
                follower.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        } else {
            consumer.close(Duration.ofSeconds(2));
        }
        producer.close(Duration.ofSeconds(2));
    }
}
