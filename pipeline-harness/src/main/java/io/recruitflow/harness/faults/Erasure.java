package io.recruitflow.harness.faults;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import io.recruitflow.contracts.topics.Topic;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.harness.load.Canaries;
import io.recruitflow.harness.load.CandidateGenerator.Candidate;
import io.recruitflow.harness.load.CandidateGenerator;
import io.recruitflow.harness.load.LoadDriver;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.awaitility.core.ConditionTimeoutException;

/**
 * Scenario 6, once its candidates are routed and notified: erases the first {@code erasures} of them
 * and checks that they are gone from every compacted topic (live view, then the log itself once the
 * broker has compacted it: no record of theirs but tombstones, none of their canaries anywhere) and
 * from the services' memories (sent again unchanged, a candidate is accepted by ingest as new and
 * notified again by notifier).
 */
final class Erasure {

    /** Every compacted topic of the pipeline. */
    static final List<String> COMPACTED = Topics.ALL.stream().filter(topic -> topic.retention() != Topic.Retention.DELETE)
            .map(Topic::name).toList();
    private static final String ROLL_KEY = "faults-erasure:segment-roll";
    private static final int RESENT = 5;

    private final FaultEngine suite;
    private final CandidateGenerator candidates;
    private final int erasures;

    Erasure(FaultEngine suite, CandidateGenerator candidates, int erasures) {
        this.suite = suite;
        this.candidates = candidates;
        this.erasures = erasures;
    }

    void check(List<String> problems) {
        compactEagerly();
        List<Candidate> erased = candidates.candidates(0, erasures);
        String ingest = suite.pipeline().ingestUrl();
        erased.forEach(candidate -> suite.driver().erase(ingest, FaultEngine.API_KEY, candidate.key()));
        Duration settle = suite.settings().settle();
        try {
            await().atMost(settle).until(() -> erased.stream().allMatch(candidate -> suite.tally().erased(candidate.key())));
        } catch (ConditionTimeoutException e) {
            problems.add("erased candidates still live on " + Topics.CANDIDATE_ROUTINGS.name() + ": " + erased.stream()
                    .map(Candidate::key).filter(key -> !suite.tally().erased(key)).toList());
            return;
        }
        Set<String> keys = erased.stream().map(Candidate::key).collect(Collectors.toSet());
        Set<String> canaries = erased.stream().flatMap(candidate -> candidate.canaries().stream())
                .map(canary -> canary.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
        List<String> remaining = new ArrayList<>();
        try {
            await().atMost(settle).pollInterval(Duration.ofSeconds(2)).until(() -> {
                rollSegments();
                remaining.clear();
                remaining.addAll(leftovers(keys, canaries));
                return remaining.isEmpty();
            });
        } catch (ConditionTimeoutException e) {
            problems.add("after compaction, erased candidates remain: " + remaining);
        }
        checkForgotten(erased, problems);
    }

    /** Sent again with a new event id and unchanged content, an erased candidate is news to every service. */
    private void checkForgotten(List<Candidate> erased, List<String> problems) {
        List<String> keys = erased.subList(0, Math.min(RESENT, erased.size())).stream().map(Candidate::key).toList();
        int notifiedBefore = suite.receiver().receivedFor(keys).distinctIds();
        for (int i = 0; i < keys.size(); i++) {
            String answer = suite.driver().post(suite.pipeline().ingestUrl(), FaultEngine.API_KEY, candidates.candidate(i, 1));
            if (!answer.contains("\"accepted\"")) {
                problems.add("ingest still remembers erased " + keys.get(i) + ": answered " + answer);
            }
        }
        try {
            await().atMost(suite.settings().settle())
                    .until(() -> suite.receiver().receivedFor(keys).distinctIds() >= notifiedBefore + keys.size());
        } catch (ConditionTimeoutException e) {
            problems.add("notifier did not notify re-sent erased candidates as new: "
                    + suite.receiver().receivedFor(keys));
        }
    }

    /** Compacted topics clean whatever is one second old, in one-second segments. */
    private void compactEagerly() {
        List<AlterConfigOp> eager = List.of(
                new AlterConfigOp(new ConfigEntry(TopicConfig.SEGMENT_MS_CONFIG, "1000"), AlterConfigOp.OpType.SET),
                new AlterConfigOp(new ConfigEntry(TopicConfig.MAX_COMPACTION_LAG_MS_CONFIG, "1000"), AlterConfigOp.OpType.SET),
                new AlterConfigOp(new ConfigEntry(TopicConfig.MIN_CLEANABLE_DIRTY_RATIO_CONFIG, "0.01"),
                        AlterConfigOp.OpType.SET));
        Map<ConfigResource, Collection<AlterConfigOp>> changes = COMPACTED.stream().collect(Collectors.toMap(
                topic -> new ConfigResource(ConfigResource.Type.TOPIC, topic), topic -> eager));
        try {
            suite.groups().admin().incrementalAlterConfigs(changes).all().get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("Cannot make the compacted topics compact eagerly", e.getCause());
        }
    }

    /**
     * The broker never compacts a partition's active segment: a record in every partition (a tombstone
     * of a key no candidate has) rolls it once it is a second old.
     */
    private void rollSegments() {
        LoadDriver driver = suite.driver();
        for (String topic : COMPACTED) {
            int partitions = suite.groups().partitions(topic);
            IntStream.range(0, partitions).forEach(partition -> driver.send(topic, partition, ROLL_KEY, null));
        }
        driver.flush();
    }

    /** Records of the erased candidates still in the compacted topics, read from the start, or their canaries. */
    private List<String> leftovers(Set<String> keys, Set<String> canaries) {
        List<String> found = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> reader = new KafkaConsumer<>(Map.of(
                ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, suite.bootstrapServers(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, 4 * 1024 * 1024),
                new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = COMPACTED.stream()
                    .flatMap(topic -> reader.partitionsFor(topic).stream())
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            Set<TopicPartition> open = new HashSet<>(partitions);
            while (!open.isEmpty()) {
                for (ConsumerRecord<String, byte[]> record : reader.poll(Duration.ofMillis(200))) {
                    if (record.value() == null) {
                        continue;
                    }
                    String key = record.key() == null ? "" : record.key();
                    String candidate = key.startsWith("content|") ? key.substring("content|".length()) : key;
                    List<String> leaked = Canaries.find(record.value(), canaries);
                    if (keys.contains(candidate) || !leaked.isEmpty()) {
                        found.add(record.topic() + "-" + record.partition() + "@" + record.offset() + " key " + key
                                + (leaked.isEmpty() ? "" : " canaries " + leaked));
                    }
                }
                open.removeIf(partition -> reader.position(partition) >= ends.get(partition));
            }
        }
        return found;
    }
}
