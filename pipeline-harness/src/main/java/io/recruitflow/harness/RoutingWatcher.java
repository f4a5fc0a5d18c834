package io.recruitflow.harness;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;

import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads committed routing decisions as recruiters' tooling would ({@code read_committed}, Avro
 * single-object encoding) and hands each to a callback, on its own thread, until closed.
 */
public final class RoutingWatcher implements AutoCloseable {

    private final KafkaConsumer<String, RoutingDecision> consumer;
    private final Thread thread;

    public RoutingWatcher(String bootstrapServers, Consumer<RoutingDecision> onDecision) {
        consumer = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "routing-watcher-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new StringDeserializer(), new AvroSingleObjectDeserializer<>(RoutingDecision.class));
        thread = new Thread(() -> watch(onDecision), "routing-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void watch(Consumer<RoutingDecision> onDecision) {
        try {
            consumer.subscribe(List.of(Topics.CANDIDATE_ROUTINGS.name()));
            while (!Thread.currentThread().isInterrupted()) {
                consumer.poll(Duration.ofMillis(500)).forEach(record -> {
                    if (record.value() != null) {
                        onDecision.accept(record.value());
                    }
                });
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
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
