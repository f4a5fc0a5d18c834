package io.recruitflow.dlttool;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.function.BiConsumer;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What has been replayed from one dead-letter topic: the compacted topic {@code <dlt>.replayed},
 * one record per replayed dead letter, keyed by its {@code partition@offset}, written in the same
 * transaction as the copy. A dead letter is replayed only when no marker names it, so a record is
 * never replayed twice, while the records a filter left out stay replayable.
 *
 * <p>The value names the dead-letter topic's id, so the markers of a deleted and re-created topic
 * (whose offsets start again at 0) are not mistaken for the new topic's.
 */
final class ReplayLedger {

    static final String SUFFIX = ".replayed";
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final KafkaClients kafka;
    private final String dlt;
    private final Uuid dltTopicId;

    ReplayLedger(KafkaClients kafka, String dlt, Uuid dltTopicId) {
        this.kafka = kafka;
        this.dlt = dlt;
        this.dltTopicId = dltTopicId;
    }

    /** Reads a dead-letter topic, handing over each dead letter with where it was replayed to (null: not yet). */
    static void scan(KafkaClients kafka, String dlt, BiConsumer<DeadLetter, String> each) {
        Map<String, String> replayed = new ReplayLedger(kafka, dlt, kafka.describe(dlt).topicId()).load();
        new TopicReader(kafka, 500).read(dlt, record -> {
            DeadLetter deadLetter = new DeadLetter(record);
            each.accept(deadLetter, replayed.get(deadLetter.position()));
        });
    }

    static String topic(String dlt) {
        return dlt + SUFFIX;
    }

    String topic() {
        return topic(dlt);
    }

    /** Creates the ledger topic (one partition, compacted, the broker's replication factor) unless it exists. */
    void create() {
        if (kafka.topicNames().contains(topic())) {
            return;
        }
        NewTopic ledger = new NewTopic(topic(), Optional.of(1), Optional.empty())
                .configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        try {
            kafka.admin().createTopics(List.of(ledger)).all().get();
        } catch (ExecutionException e) {
            if (!(e.getCause() instanceof TopicExistsException)) {
                throw kafka.failed("creating " + topic(), e);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw kafka.failed("creating " + topic(), e);
        }
    }

    /**
     * The replayed dead letters, {@code partition@offset} to where the copy went. Complete only once
     * no transaction of the replay producer is open, i.e. after its {@code initTransactions()}.
     */
    Map<String, String> load() {
        Map<String, String> replayed = new HashMap<>();
        if (!kafka.topicNames().contains(topic())) {
            return replayed;
        }
        new TopicReader(kafka, 500).read(topic(), record -> {
            String position = new String(record.key(), StandardCharsets.UTF_8);
            if (record.value() == null) {
                replayed.remove(position);
                return;
            }
            JsonNode marker = JSON.readTree(record.value());
            if (dltTopicId.toString().equals(marker.path("dltTopicId").asString())) {
                replayed.put(position, marker.path("replayedTo").asString());
            }
        });
        return replayed;
    }

    ProducerRecord<byte[], byte[]> marker(DeadLetter deadLetter, String replayedTo, Instant replayedAt) {
        Map<String, String> marker = new LinkedHashMap<>();
        marker.put("dltTopicId", dltTopicId.toString());
        marker.put("replayedTo", replayedTo);
        marker.put("replayedAt", replayedAt.toString());
        return new ProducerRecord<>(topic(), 0, deadLetter.position().getBytes(StandardCharsets.UTF_8),
                JSON.writeValueAsBytes(marker));
    }
}
