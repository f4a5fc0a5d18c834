package io.recruitflow.harness.load;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * Consumer groups as ops see them: members, and lag as committed offsets against the last stable offsets. A transactional
 * writer's commit marker takes an offset of its own, so a group that has read everything may sit one
 * offset before the end of a partition: {@link #behind} counts a partition as caught up when the gap
 * is no larger than {@code markerSlack}.
 */
public final class ConsumerGroups implements AutoCloseable {

    private final Admin admin;

    public ConsumerGroups(String bootstrapServers) {
        admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000, AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000));
    }

    /**
     * Partitions of the given topics where the group's committed offset is more than
     * {@code markerSlack} behind the last stable offset, with their gap; empty when caught up.
     */
    public Map<TopicPartition, Long> behind(String group, Collection<String> topics, long markerSlack) {
        Map<TopicPartition, OffsetAndMetadata> committed = get(admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata(), "the offsets of " + group);
        Map<TopicPartition, OffsetSpec> latest = get(admin.describeTopics(topics).allTopicNames(), "topics " + topics)
                .values().stream()
                .flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .collect(Collectors.toMap(partition -> partition, partition -> OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = get(admin.listOffsets(latest,
                new ListOffsetsOptions(IsolationLevel.READ_COMMITTED)).all(), "the ends of " + topics);
        Map<TopicPartition, Long> behind = new HashMap<>();
        ends.forEach((partition, end) -> {
            OffsetAndMetadata at = committed.get(partition);
            long gap = end.offset() - (at == null ? 0 : at.offset());
            if (gap > markerSlack) {
                behind.put(partition, gap);
            }
        });
        return behind;
    }

    /** How many consumers are members of the group right now. */
    public int members(String group) {
        return get(admin.describeConsumerGroups(List.of(group)).all(), group).get(group).members().size();
    }

    /** Topics whose names start with {@code prefix} (e.g. the retry topics of a topic). */
    public List<String> topicsStartingWith(String prefix) {
        return get(admin.listTopics().names(), "the topics").stream().filter(name -> name.startsWith(prefix))
                .sorted().toList();
    }

    /** How many partitions a topic has. */
    public int partitions(String topic) {
        return get(admin.describeTopics(List.of(topic)).allTopicNames(), topic).get(topic).partitions().size();
    }

    private static <T> T get(KafkaFuture<T> answer, String what) {
        try {
            return answer.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot read " + what, e.getCause());
        }
    }

    /** The admin client, for what else a tool needs (topic configs, say). */
    public Admin admin() {
        return admin;
    }

    @Override
    public void close() {
        admin.close(Duration.ofSeconds(2));
    }
}
