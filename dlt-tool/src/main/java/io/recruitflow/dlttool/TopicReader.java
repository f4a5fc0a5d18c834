package io.recruitflow.dlttool;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads a whole topic once, from the beginning of every partition up to the end it had when the
 * read began: the last stable offset, as the consumer reads committed records only. Records written
 * meanwhile are left for the next run. No consumer group, nothing committed.
 */
final class TopicReader {

    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaClients kafka;
    private final int batchSize;

    TopicReader(KafkaClients kafka, int batchSize) {
        this.kafka = kafka;
        this.batchSize = batchSize;
    }

    /** Hands the records over in batches of at most the batch size, in offset order per partition. */
    void readBatches(String topic, Consumer<List<ConsumerRecord<byte[], byte[]>>> batches) {
        try (KafkaConsumer<byte[], byte[]> consumer = kafka.consumer(batchSize)) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (PartitionInfo partition : consumer.partitionsFor(topic)) {
                partitions.add(new TopicPartition(topic, partition.partition()));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Set<TopicPartition> unread = new HashSet<>(partitions);
            unread.removeIf(partition -> consumer.position(partition) >= end.get(partition));
            while (!unread.isEmpty()) {
                List<ConsumerRecord<byte[], byte[]>> batch = new ArrayList<>();
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    if (record.offset() < end.get(new TopicPartition(record.topic(), record.partition()))) {
                        batch.add(record);
                    }
                }
                if (!batch.isEmpty()) {
                    batches.accept(batch);
                }
                unread.removeIf(partition -> consumer.position(partition) >= end.get(partition));
            }
        } catch (org.apache.kafka.common.KafkaException e) {
            throw kafka.failed("reading " + topic, e);
        }
    }

    void read(String topic, Consumer<ConsumerRecord<byte[], byte[]>> records) {
        readBatches(topic, batch -> batch.forEach(records));
    }
}
