package io.recruitflow.notifier.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import io.recruitflow.avro.NotifiedOutcome;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.topics.Topics;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.ConsumerAwareRebalanceListener;

/**
 * The last outcome recruiters were notified of, per candidate, kept in the compacted topic
 * {@code recruiting.notification.outcomes.v1} and cached for the candidates of the partitions this
 * instance owns. Writes go out in the listener's Kafka transaction, together with the routing
 * decisions and notification requests they account for; the cache takes them only once that
 * transaction commits ({@link Changes}), so a rolled-back batch leaves it as it was.
 * <p>
 * On every partition assignment the cache is rebuilt from the topic ({@code read_committed}, up
 * to the last stable offset) for the candidates whose classifications land on the assigned
 * partitions, so state written by another instance before a rebalance, or before a crash, is seen.
 * Each assignment reads the whole topic once: fine for the hundreds of thousands of candidates an
 * ATS holds; a larger deployment would co-partition the topic and read only its own partitions.
 */
public final class OutcomeStore implements ConsumerAwareRebalanceListener {

    private static final Logger log = LoggerFactory.getLogger(OutcomeStore.class);
    private static final Duration POLL = Duration.ofMillis(200);

    private final Map<String, Object> consumerConfig;
    private final Map<String, NotifiedOutcome> outcomes = new ConcurrentHashMap<>();
    private final AvroSingleObjectDeserializer<NotifiedOutcome> values =
            new AvroSingleObjectDeserializer<>(NotifiedOutcome.class);

    /** @param consumerConfig how to reach the broker (bootstrap servers, security) */
    public OutcomeStore(Map<String, Object> consumerConfig) {
        Map<String, Object> config = new HashMap<>(consumerConfig);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, IsolationLevel.READ_COMMITTED.toString());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        this.consumerConfig = Map.copyOf(config);
    }

    /** @return the outcome last notified for the candidate, or {@code null} */
    public NotifiedOutcome lastNotified(String candidateKey) {
        return outcomes.get(candidateKey);
    }

    @Override
    public void onPartitionsAssigned(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (partitions.isEmpty()) {
            return;
        }
        Predicate<String> onAssigned = onPartitions(consumer, partitions);
        Map<String, NotifiedOutcome> restored = restore(onAssigned);
        outcomes.keySet().removeIf(onAssigned);
        outcomes.putAll(restored);
        log.info("Restored {} notified outcomes for {}", restored.size(), partitions);
    }

    @Override
    public void onPartitionsRevokedAfterCommit(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        forgetCached(consumer, partitions);
    }

    @Override
    public void onPartitionsLost(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        forgetCached(consumer, partitions);
    }

    private void forgetCached(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        if (!partitions.isEmpty()) {
            outcomes.keySet().removeIf(onPartitions(consumer, partitions));
        }
    }

    /** Whether a candidate's input records are read from one of the given partitions (default partitioner). */
    private static Predicate<String> onPartitions(Consumer<?, ?> consumer, Collection<TopicPartition> partitions) {
        Set<TopicPartition> wanted = Set.copyOf(partitions);
        Map<String, Integer> partitionCounts = new HashMap<>();
        for (TopicPartition partition : wanted) {
            partitionCounts.computeIfAbsent(partition.topic(), topic -> consumer.partitionsFor(topic).size());
        }
        return key -> {
            int hash = Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8)));
            return partitionCounts.entrySet().stream().anyMatch(topic ->
                    wanted.contains(new TopicPartition(topic.getKey(), hash % topic.getValue())));
        };
    }

    private Map<String, NotifiedOutcome> restore(Predicate<String> wanted) {
        Map<String, NotifiedOutcome> restored = new HashMap<>();
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = reader.partitionsFor(Topics.NOTIFIED_OUTCOMES.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            while (ends.entrySet().stream().anyMatch(end -> reader.position(end.getKey()) < end.getValue())) {
                for (ConsumerRecord<String, byte[]> record : reader.poll(POLL)) {
                    if (record.key() == null || !wanted.test(record.key())) {
                        continue;
                    }
                    if (record.value() == null) {
                        restored.remove(record.key());
                    } else {
                        restored.put(record.key(), values.deserialize(record.topic(), record.value()));
                    }
                }
            }
        }
        return restored;
    }

    /** The changes of one transaction: visible to the batch at once, to the store after commit. */
    Changes changes(KafkaOperations<String, Object> kafka) {
        return new Changes(kafka);
    }

    final class Changes {

        private final KafkaOperations<String, Object> kafka;
        private final Map<String, NotifiedOutcome> pending = new HashMap<>();

        private Changes(KafkaOperations<String, Object> kafka) {
            this.kafka = kafka;
        }

        NotifiedOutcome lastNotified(String candidateKey) {
            return pending.containsKey(candidateKey) ? pending.get(candidateKey) : outcomes.get(candidateKey);
        }

        void remember(NotifiedOutcome outcome) {
            kafka.send(Topics.NOTIFIED_OUTCOMES.name(), outcome.getCandidateKey(), outcome);
            pending.put(outcome.getCandidateKey(), outcome);
        }

        void forget(String candidateKey) {
            kafka.send(Topics.NOTIFIED_OUTCOMES.name(), candidateKey, null);
            pending.put(candidateKey, null);
        }

        /** Called once the transaction that carried these changes has committed. */
        void committed() {
            pending.forEach((key, outcome) -> {
                if (outcome == null) {
                    outcomes.remove(key);
                } else {
                    outcomes.put(key, outcome);
                }
            });
        }
    }
}
