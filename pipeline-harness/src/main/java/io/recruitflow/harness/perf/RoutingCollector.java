package io.recruitflow.harness.perf;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads committed routing decisions ({@code read_committed}, as recruiters' tooling does) of one
 * generator's events from the moment it is created, and keeps what a phase reports: how many
 * distinct candidates were routed, how many decisions were duplicates, when the last one arrived,
 * and each decision's end-to-end latency, from its ATS event time ({@code occurredAt}, set when
 * the event was sent) to when this reader received it.
 */
final class RoutingCollector implements AutoCloseable {

    private final KafkaConsumer<String, RoutingDecision> consumer;
    private final CandidateEvents events;
    private final Thread thread;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Set<String> routed = new HashSet<>();
    private final LatencyRecorder latencies = new LatencyRecorder();
    private long duplicates;
    private long lastArrivalMillis;
    private volatile RuntimeException failure;

    RoutingCollector(String bootstrapServers, CandidateEvents events) {
        this.events = events;
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false),
                new StringDeserializer(), new AvroSingleObjectDeserializer<>(RoutingDecision.class));
        String topic = Topics.CANDIDATE_ROUTINGS.name();
        List<TopicPartition> partitions = consumer.partitionsFor(topic, Duration.ofSeconds(30)).stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        // resolve the end offsets now, before any event of this generator is sent
        partitions.forEach(consumer::position);
        thread = new Thread(this::collect, "routing-collector-" + events.runTag());
        thread.setDaemon(true);
        thread.start();
    }

    private void collect() {
        try {
            while (!Thread.currentThread().isInterrupted()) {
                var records = consumer.poll(Duration.ofMillis(200));
                long now = System.currentTimeMillis();
                lock.lock();
                try {
                    for (ConsumerRecord<String, RoutingDecision> record : records) {
                        if (record.value() != null && events.owns(record.key())) {
                            if (routed.add(record.key())) {
                                latencies.record(now - record.value().getOccurredAt().toEpochMilli());
                                lastArrivalMillis = now;
                            } else {
                                duplicates++;
                            }
                        }
                    }
                    arrived.signalAll();
                } finally {
                    lock.unlock();
                }
            }
        } catch (WakeupException e) {
            // closing
        } catch (RuntimeException e) {
            // e.g. a decision this build's schemas cannot decode: the phase cannot be measured
            failure = e;
            lock.lock();
            try {
                arrived.signalAll();
            } finally {
                lock.unlock();
            }
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    /** Waits until {@code count} distinct candidates are routed or the timeout passes; @return how many are. */
    long awaitRouted(long count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        lock.lock();
        try {
            while (routed.size() < count) {
                if (failure != null) {
                    throw new IllegalStateException("Cannot read the routing decisions", failure);
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    break;
                }
                arrived.await(left, TimeUnit.NANOSECONDS);
            }
            return routed.size();
        } finally {
            lock.unlock();
        }
    }

    /** What was collected so far. */
    Result result() {
        lock.lock();
        try {
            return new Result(routed.size(), duplicates, lastArrivalMillis, latencies.snapshot());
        } finally {
            lock.unlock();
        }
    }

    /**
     * @param routed            distinct candidates routed
     * @param duplicates        further decisions for a candidate already routed
     * @param lastArrivalMillis when the last new candidate's decision arrived (epoch millis)
     */
    record Result(long routed, long duplicates, long lastArrivalMillis, LatencyRecorder.Snapshot latency) {
    }

    @Override
    public void close() {
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
