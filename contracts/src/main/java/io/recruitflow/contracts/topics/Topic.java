package io.recruitflow.contracts.topics;

import java.time.Duration;
import java.util.Map;

import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/**
 * One topic of the pipeline: its name, the type of its values, the CloudEvents type of its
 * records, and how the broker keeps them. Every topic has a dead-letter twin named
 * {@code <name>-dlt} with the same partition count.
 *
 * @param <V> the record value type; {@code byte[]} for the raw ATS JSON topic
 */
public record Topic<V>(String name, Class<V> valueType, String cloudEventType, Retention retention) {

    public static final String DLT_SUFFIX = "-dlt";
    static final Duration DLT_RETENTION = Duration.ofDays(30);
    public static final Duration RECEIPT_RETENTION = Duration.ofDays(30);

    /** How the broker keeps a topic's records. */
    public enum Retention {
        /** Latest value per candidate key; a tombstone erases the candidate. */
        COMPACTED,
        /** Latest value per key, and nothing older than {@link #RECEIPT_RETENTION}. */
        COMPACTED_EXPIRING,
        /** A time-bounded event log. */
        DELETE
    }

    public String dlt() {
        return name + DLT_SUFFIX;
    }

    public NewTopic newTopic(int partitions, short replicationFactor) {
        NewTopic topic = new NewTopic(name, partitions, replicationFactor);
        return switch (retention) {
            case COMPACTED -> topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
            case COMPACTED_EXPIRING -> topic.configs(Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE,
                    TopicConfig.RETENTION_MS_CONFIG, Long.toString(RECEIPT_RETENTION.toMillis())));
            case DELETE -> topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE));
        };
    }

    /** Dead letters are kept long enough for ops to fix the cause and replay them. */
    public NewTopic newDeadLetterTopic(int partitions, short replicationFactor) {
        return new NewTopic(dlt(), partitions, replicationFactor).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_DELETE,
                TopicConfig.RETENTION_MS_CONFIG, Long.toString(DLT_RETENTION.toMillis())));
    }
}
