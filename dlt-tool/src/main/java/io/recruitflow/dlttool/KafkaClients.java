package io.recruitflow.dlttool;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.recruitflow.contracts.topics.Topic;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterOptions;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The Kafka clients the tool uses, configured like Kafka's own tools: the bootstrap servers, then
 * any client properties from {@code --command-config} (SASL, TLS, ...), then what the tool itself
 * relies on (isolation level, transactions, serializers), which a command config cannot change.
 */
final class KafkaClients implements AutoCloseable {

    private final Map<String, Object> common;
    private final Duration timeout;
    private Admin admin;

    KafkaClients(String bootstrapServers, Path commandConfig, Duration timeout) {
        this.common = commonConfig(bootstrapServers, commandConfig);
        this.timeout = timeout;
    }

    static Map<String, Object> commonConfig(String bootstrapServers, Path commandConfig) {
        Map<String, Object> config = new HashMap<>();
        if (commandConfig != null) {
            Properties properties = new Properties();
            try (Reader reader = Files.newBufferedReader(commandConfig)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new ToolException(DltTool.USAGE, "cannot read the command config " + commandConfig + ": " + e.getMessage(), e);
            }
            properties.stringPropertyNames().forEach(name -> config.put(name, properties.getProperty(name)));
        }
        if (bootstrapServers != null) {
            config.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        }
        if (!config.containsKey(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)) {
            throw new ToolException(DltTool.USAGE, "no bootstrap servers: give --bootstrap-server or bootstrap.servers in the command config");
        }
        return config;
    }

    Duration timeout() {
        return timeout;
    }

    /** The admin client, after checking the cluster answers: fails fast with a clear message otherwise. */
    Admin admin() {
        if (admin == null) {
            Map<String, Object> config = new HashMap<>(common);
            config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
            config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) Math.min(timeout.toMillis(), 30_000));
            admin = Admin.create(config);
            try {
                admin.describeCluster(new DescribeClusterOptions().timeoutMs((int) timeout.toMillis()))
                        .clusterId().get(timeout.toMillis() + 1_000, TimeUnit.MILLISECONDS);
            } catch (ExecutionException | TimeoutException e) {
                throw unreachable(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw unreachable(e);
            }
        }
        return admin;
    }

    /** The topic's description, or a {@link DltTool#UNKNOWN_TOPIC} failure naming the dead-letter topics there are. */
    TopicDescription describe(String topic) {
        try {
            return admin().describeTopics(List.of(topic)).allTopicNames().get().get(topic);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                throw new ToolException(DltTool.UNKNOWN_TOPIC, "unknown topic: " + topic
                        + " (dead-letter topics on this cluster: " + String.join(", ", deadLetterTopics()) + ")");
            }
            throw failed("describing " + topic, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("describing " + topic, e);
        }
    }

    Set<String> topicNames() {
        try {
            return admin().listTopics().names().get();
        } catch (ExecutionException e) {
            throw failed("listing topics", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw failed("listing topics", e);
        }
    }

    /** The dead-letter topics of the cluster: every topic named {@code <topic>-dlt}, sorted. */
    List<String> deadLetterTopics() {
        return topicNames().stream().filter(name -> name.endsWith(Topic.DLT_SUFFIX)).sorted().toList();
    }

    /** A consumer without a group that reads only committed records; the caller assigns partitions. */
    KafkaConsumer<byte[], byte[]> consumer(int maxPollRecords) {
        Map<String, Object> config = new HashMap<>(common);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, maxPollRecords);
        config.put(ConsumerConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) timeout.toMillis());
        return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
    }

    /**
     * The transactional producer of the replays of one dead-letter topic. Its fixed transactional id
     * fences any earlier producer with the same id when {@code initTransactions()} runs, and makes the
     * coordinator finish (abort) whatever transaction such a producer left open.
     */
    KafkaProducer<byte[], byte[]> replayProducer(String dlt) {
        Map<String, Object> config = new HashMap<>(common);
        config.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId(dlt));
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, timeout.toMillis());
        return new KafkaProducer<>(config, new ByteArraySerializer(), new ByteArraySerializer());
    }

    static String transactionalId(String dlt) {
        return "dlt-tool.replay." + dlt;
    }

    ToolException failed(String what, Throwable e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        return new ToolException(DltTool.KAFKA_FAILED, what + " failed: " + cause.getClass().getSimpleName()
                + (cause.getMessage() == null ? "" : ": " + cause.getMessage()), cause);
    }

    private ToolException unreachable(Exception e) {
        Throwable cause = e instanceof ExecutionException && e.getCause() != null ? e.getCause() : e;
        String detail = cause instanceof TimeoutException || cause instanceof org.apache.kafka.common.errors.TimeoutException
                ? "no answer within " + timeout.toSeconds() + "s"
                : cause.getClass().getSimpleName() + (cause.getMessage() == null ? "" : ": " + cause.getMessage());
        return new ToolException(DltTool.KAFKA_FAILED, "cannot reach Kafka at " + common.get(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG)
                + " (" + detail + "); check --bootstrap-server and, for SASL/TLS, --command-config", cause);
    }

    @Override
    public void close() {
        if (admin != null) {
            admin.close(Duration.ofSeconds(5));
        }
    }
}
