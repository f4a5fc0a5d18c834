package io.recruitflow.dlttool;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import io.recruitflow.contracts.kafka.DeadLetters;
import io.recruitflow.contracts.topics.Topic;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.ListenerExecutionFailedException;
import io.recruitflow.kit.kafka.DeadLettering;

/**
 * Dead letters as the services write them: Spring's recoverer as the dead-letter contract
 * configures it ({@link DeadLetters#recoverer}), on a pair of fresh topics per test.
 */
final class DeadLetterFixtures implements AutoCloseable {

    static final String GROUP = "classifier-service";
    static final int PARTITIONS = 3;

    private final String bootstrapServers;
    private final Admin admin;
    private final KafkaTemplate<String, byte[]> template;
    private final DeadLetterPublishingRecoverer recoverer;
    private final AtomicLong originalOffsets = new AtomicLong(40);

    DeadLetterFixtures(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.admin = Admin.create(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
        this.template = new KafkaTemplate<>(new DefaultKafkaProducerFactory<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new ByteArraySerializer()));
        this.recoverer = DeadLettering.recoverer(template);
    }

    /** A new source topic and its dead-letter twin; returns the dead-letter topic's name. */
    String newDeadLetterTopic() {
        String source = "recruiting.it-" + UUID.randomUUID().toString().substring(0, 8) + ".v1";
        try {
            admin.createTopics(List.of(new NewTopic(source, PARTITIONS, (short) 1),
                    new NewTopic(source + Topic.DLT_SUFFIX, PARTITIONS, (short) 1))).all().get();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        return source + Topic.DLT_SUFFIX;
    }

    /** Dead-letters a record the consumer group failed on, with the failure as its reason. */
    void deadLetter(String dlt, int partition, String key, byte[] value, Exception failure) {
        String source = DeadLetter.replayTarget(dlt);
        ConsumerRecord<String, byte[]> failed = new ConsumerRecord<>(source, partition,
                originalOffsets.getAndIncrement(), key, value);
        failed.headers().add("ce_id", ("evt-" + key).getBytes(StandardCharsets.UTF_8));
        failed.headers().add("ce_subject", key.getBytes(StandardCharsets.UTF_8));
        recoverer.accept(failed, null, new ListenerExecutionFailedException("listener failed", GROUP, failure));
    }

    void deadLetter(String dlt, int partition, String key, String value, Exception failure) {
        deadLetter(dlt, partition, key, value.getBytes(StandardCharsets.UTF_8), failure);
    }

    /** Every committed record of a topic, read to its end. */
    List<ConsumerRecord<byte[], byte[]>> committed(String topic) {
        List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
        Map<String, Object> config = new HashMap<>();
        config.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(PartitionInfo::partition).map(p -> new TopicPartition(topic, p)).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            while (partitions.stream().anyMatch(p -> consumer.position(p) < end.get(p))) {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
            }
        }
        return records;
    }

    @Override
    public void close() {
        template.destroy();
        admin.close();
    }
}
