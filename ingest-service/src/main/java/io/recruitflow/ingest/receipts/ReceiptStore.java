package io.recruitflow.ingest.receipts;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.recruitflow.contracts.topics.Topic;
import io.recruitflow.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * ingest's memory of what it has accepted, kept in the compacted topic
 * {@code recruiting.ingest.receipts.v1} and mirrored in memory: on start it reads the topic to its
 * end before the service takes traffic, then keeps following it, so a restart or another instance
 * knows every receipt. Receipts expire with the topic's retention ({@link Topic#RECEIPT_RETENTION}),
 * in memory as on the broker. Keys name what a receipt is about ({@code delivery|<source>|<eventId>} or
 * {@code content|<candidateKey>}); values are short JSON written by {@link Receipts}.
 * <p>
 * With a transactional {@code KafkaOperations}, receipts are written in the caller's Kafka transaction,
 * together with the profile they account for: the transaction sees its own receipts at once, the
 * memory only once it has committed (a rolled-back receipt is never remembered), and the follower
 * reads {@code read_committed}. Otherwise each write waits for the broker's acknowledgement.
 */
public final class ReceiptStore implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(ReceiptStore.class);
    private static final String TOPIC = Topics.INGEST_RECEIPTS.name();

    private static final Duration EVICTION_INTERVAL = Duration.ofMinutes(10);

    /** A receipt and when it was written; it is forgotten once the topic would have dropped it. */
    private record Receipt(String value, long writtenAtMillis) {
    }

    private final Map<String, Receipt> receipts = new ConcurrentHashMap<>();
    private final Duration retention;
    private final Clock clock;
    private long nextEvictionMillis;
    private final Consumer<String, byte[]> consumer;
    private final KafkaOperations<String, Object> kafka;
    private final Duration writeTimeout;
    private Thread follower;

    /**
     * @param consumer     reads the receipts topic ({@code read_committed} when writes are transactional)
     * @param kafka        writes receipts ({@code byte[]} values, written as they are)
     * @param writeTimeout how long a non-transactional write waits for its acknowledgement
     */
    public ReceiptStore(Consumer<String, byte[]> consumer, KafkaOperations<String, Object> kafka, Duration writeTimeout) {
        this(consumer, kafka, writeTimeout, Topic.RECEIPT_RETENTION, Clock.systemUTC());
    }

    ReceiptStore(Consumer<String, byte[]> consumer, KafkaOperations<String, Object> kafka, Duration writeTimeout,
                 Duration retention, Clock clock) {
        this.consumer = consumer;
        this.kafka = kafka;
        this.writeTimeout = writeTimeout;
        this.retention = retention;
        this.clock = clock;
    }

    /** Reads the topic to its current end, then follows it on a thread of its own. */
    public void start(Duration loadTimeout) {
        long deadline = System.nanoTime() + loadTimeout.toNanos();
        List<TopicPartition> partitions = partitions(deadline, loadTimeout);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, loadTimeout);
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

    /**
     * The topic's partitions. Just after the service has created the topic the broker may not list
     * them yet: an empty answer is asked again, never taken for a topic without partitions (the
     * follower would have nothing to follow, and fail).
     */
    private List<TopicPartition> partitions(long deadline, Duration loadTimeout) {
        while (true) {
            List<TopicPartition> partitions = consumer.partitionsFor(TOPIC, loadTimeout).stream()
                    .map(info -> new TopicPartition(TOPIC, info.partition())).toList();
            if (!partitions.isEmpty()) {
                return partitions;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException(TOPIC + " has no partitions after " + loadTimeout);
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + TOPIC, e);
            }
        }
    }

    public Optional<String> get(String key) {
        Map<String, Optional<String>> pending = pending(false);
        if (pending != null && pending.containsKey(key)) {
            return pending.get(key);
        }
        Receipt receipt = receipts.get(key);
        return receipt == null || expired(receipt) ? Optional.empty() : Optional.of(receipt.value());
    }

    /**
     * Writes a receipt (a {@code null} value forgets one): in the caller's transaction, remembered once
     * it commits; without transactions, remembered once the broker has acknowledged it.
     */
    public void put(String key, String value) {
        byte[] bytes = value == null ? null : value.getBytes(StandardCharsets.UTF_8);
        if (kafka.isTransactional()) {
            kafka.send(TOPIC, key, bytes);
            pending(true).put(key, Optional.ofNullable(value));
            return;
        }
        try {
            kafka.send(TOPIC, key, bytes).get(writeTimeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while writing a receipt", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Could not write a receipt to " + TOPIC, e);
        }
        remember(key, value);
    }

    private void remember(String key, String value) {
        if (value == null) {
            receipts.remove(key);
        } else {
            receipts.put(key, new Receipt(value, clock.millis()));
        }
    }

    /**
     * The receipts written in the current transaction and not committed yet, bound to it; on commit
     * they become memory, on rollback they are dropped. {@code null} outside a transaction unless
     * {@code create}, which then requires one.
     */
    @SuppressWarnings("unchecked")
    private Map<String, Optional<String>> pending(boolean create) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            if (create) {
                throw new IllegalStateException("Receipts are written in a Kafka transaction with synchronization");
            }
            return null;
        }
        Map<String, Optional<String>> pending = (Map<String, Optional<String>>) TransactionSynchronizationManager.getResource(this);
        if (pending == null && create) {
            Map<String, Optional<String>> written = new HashMap<>();
            TransactionSynchronizationManager.bindResource(this, written);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    written.forEach((key, value) -> remember(key, value.orElse(null)));
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResource(ReceiptStore.this);
                }
            });
            pending = written;
        }
        return pending;
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
    }
}
