package io.recruitflow.contracts.testing;

import static org.awaitility.Awaitility.await;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Reads a topic from its beginning as a downstream consumer would ({@code read_committed}), for
 * tests that assert what a service wrote. Waits with Awaitility, never sleeps.
 */
public final class TopicProbe<V> implements AutoCloseable {

    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(60);
    public static final String GROUP_PREFIX = "probe-";

    private final KafkaConsumer<String, V> consumer;
    private final List<ConsumerRecord<String, V>> received = new ArrayList<>();

    private TopicProbe(Map<String, Object> clientConfig, String topic, Deserializer<V> values) {
        Map<String, Object> config = new HashMap<>(clientConfig);
        config.putAll(Map.of(
                ConsumerConfig.GROUP_ID_CONFIG, GROUP_PREFIX + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false));
        this.consumer = new KafkaConsumer<>(config, new StringDeserializer(), values);
        consumer.subscribe(List.of(topic));
    }

    public static <V> TopicProbe<V> of(String bootstrapServers, String topic, Deserializer<V> values) {
        return of(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers), topic, values);
    }

    /**
     * A probe with its own client settings (bootstrap servers and, on a secured cluster, its
     * credentials); its consumer group is {@link #GROUP_PREFIX} and a random suffix.
     */
    public static <V> TopicProbe<V> of(Map<String, Object> clientConfig, String topic, Deserializer<V> values) {
        return new TopicProbe<>(clientConfig, topic, values);
    }

    public static TopicProbe<byte[]> raw(String bootstrapServers, String topic) {
        return of(bootstrapServers, topic, new ByteArrayDeserializer());
    }

    /** Waits until a record matching the predicate has arrived and returns the first such record. */
    public ConsumerRecord<String, V> awaitRecord(Predicate<ConsumerRecord<String, V>> matching) {
        await().atMost(DEFAULT_WAIT).until(() -> {
            poll();
            return received.stream().anyMatch(matching);
        });
        return received.stream().filter(matching).findFirst().orElseThrow();
    }

    public ConsumerRecord<String, V> awaitKey(String key) {
        return awaitRecord(record -> key.equals(record.key()));
    }

    /** Waits until at least {@code count} records have arrived. */
    public List<ConsumerRecord<String, V>> awaitCount(int count) {
        await().atMost(DEFAULT_WAIT).until(() -> {
            poll();
            return received.size() >= count;
        });
        return List.copyOf(received);
    }

    /** Everything received so far, after one more poll. */
    public List<ConsumerRecord<String, V>> received() {
        poll();
        return List.copyOf(received);
    }

    /** Waits, as a probe would, until a condition about the system under test holds. */
    public static void awaitTrue(java.util.concurrent.Callable<Boolean> condition) {
        await().atMost(DEFAULT_WAIT).until(condition);
    }

    public static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private void poll() {
        consumer.poll(Duration.ofMillis(200)).forEach(received::add);
    }

    @Override
    public void close() {
        consumer.close(Duration.ofSeconds(5));
    }
}
