package io.recruitflow.harness.perf;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The one-hop ceiling: a plain kafka-clients exactly-once consume-transform-produce loop, one
 * thread, one consumer over all partitions, with the transaction settings of the pipeline's
 * transactional services ({@code read_committed}, {@code acks=all}, idempotent transactional
 * producer, {@code linger.ms=5}, {@code max.poll.records=500}, 30 s transaction timeout). It
 * commits a transaction (outputs and consumer offsets together) every {@link #COMMIT_RECORDS}
 * records or {@link #COMMIT_INTERVAL}, whichever comes first. The transform copies the value, so
 * the figure is what Kafka's transactions cost, with no work of our own.
 */
final class EosLoop {

    static final int COMMIT_RECORDS = 1_000;
    static final Duration COMMIT_INTERVAL = Duration.ofMillis(100);

    /**
     * @param records      records relayed
     * @param perSecond    from the first record read to the commit of the last
     * @param transactions transactions committed
     */
    record Result(long records, double perSecond, long transactions) {
    }

    private EosLoop() {
    }

    static Result run(String bootstrapServers, String input, String output, long records, Duration timeout) {
        Map<String, Object> consumerConfig = new HashMap<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.GROUP_ID_CONFIG, "perf-eos-loop-" + UUID.randomUUID(),
                ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 500));
        Map<String, Object> producerConfig = Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ProducerConfig.TRANSACTIONAL_ID_CONFIG, "perf-eos-loop-" + UUID.randomUUID(),
                ProducerConfig.ACKS_CONFIG, "all",
                ProducerConfig.LINGER_MS_CONFIG, 5,
                ProducerConfig.TRANSACTION_TIMEOUT_CONFIG, 30_000);
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(consumerConfig, new ByteArrayDeserializer(),
                new ByteArrayDeserializer());
             KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(producerConfig, new ByteArraySerializer(),
                     new ByteArraySerializer())) {
            producer.initTransactions();
            consumer.subscribe(List.of(input));
            long deadline = System.nanoTime() + timeout.toNanos();
            long relayed = 0;
            long transactions = 0;
            long firstRead = 0;
            long inTransaction = 0;
            long transactionStart = 0;
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            while (relayed < records && System.nanoTime() < deadline) {
                ConsumerRecords<byte[], byte[]> batch = consumer.poll(Duration.ofMillis(100));
                if (!batch.isEmpty() && inTransaction == 0 && offsets.isEmpty()) {
                    producer.beginTransaction();
                    transactionStart = System.nanoTime();
                    if (firstRead == 0) {
                        firstRead = transactionStart;
                    }
                }
                for (ConsumerRecord<byte[], byte[]> record : batch) {
                    producer.send(new ProducerRecord<>(output, record.key(), record.value().clone()));
                    offsets.put(new TopicPartition(record.topic(), record.partition()),
                            new OffsetAndMetadata(record.offset() + 1));
                    inTransaction++;
                    relayed++;
                }
                boolean due = inTransaction >= COMMIT_RECORDS || relayed >= records
                        || System.nanoTime() - transactionStart >= COMMIT_INTERVAL.toNanos();
                if (!offsets.isEmpty() && due) {
                    producer.sendOffsetsToTransaction(offsets, consumer.groupMetadata());
                    producer.commitTransaction();
                    transactions++;
                    inTransaction = 0;
                    offsets.clear();
                }
            }
            if (!offsets.isEmpty()) {
                producer.abortTransaction();
            }
            double seconds = (System.nanoTime() - firstRead) / 1e9;
            return new Result(relayed, firstRead == 0 ? 0 : relayed / seconds, transactions);
        }
    }
}
