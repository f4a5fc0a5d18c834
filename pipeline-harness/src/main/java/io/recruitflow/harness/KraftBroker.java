package io.recruitflow.harness;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;
import org.apache.kafka.metadata.storage.Formatter;
import org.apache.kafka.server.common.MetadataVersion;

/**
 * A real single-node Apache Kafka broker in KRaft mode (broker and controller in one), in this
 * JVM, listening on 127.0.0.1 only, with its data in a temporary folder that is deleted on close.
 * Unlike the test kit behind {@code @EmbeddedKafka}, it can listen on a fixed port, so the local
 * run offers the broker on the well-known {@code 127.0.0.1:9092}.
 */
public final class KraftBroker implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final KafkaRaftServer server;
    private final Path dataDir;
    private final boolean temporary;
    private final String bootstrapServers;

    private KraftBroker(KafkaRaftServer server, Path dataDir, boolean temporary, String bootstrapServers) {
        this.server = server;
        this.dataDir = dataDir;
        this.temporary = temporary;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker on the given port, or on a free one when {@code port} is 0. */
    public static KraftBroker start(int port) {
        try {
            return start(port == 0 ? freePort() : port, freePort(), Files.createTempDirectory("recruitflow-kafka-"),
                    true, null, 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Starts a broker whose data outlives it: the folder is formatted on first use only, so a broker
     * restarted on the same folder (after a crash, say) recovers its logs.
     */
    public static KraftBroker startPersistent(int port, int controllerPort, Path dataDir) {
        return start(port, controllerPort, dataDir, false, null, 0);
    }

    /**
     * A persistent broker that authenticates and authorizes its clients: SCRAM over TLS on
     * {@code port}, client certificates on {@code mtlsPort} (see {@link BrokerSecurity}); the SCRAM
     * users are created when the folder is formatted.
     */
    public static KraftBroker startSecured(int port, int mtlsPort, int controllerPort, Path dataDir,
                                           BrokerSecurity security) {
        return start(port, controllerPort, dataDir, false, security, mtlsPort);
    }

    private static KraftBroker start(int brokerPort, int controllerPort, Path dataDir, boolean temporary,
                                     BrokerSecurity security, int mtlsPort) {
        try {
            Properties config = config(brokerPort, controllerPort, dataDir);
            if (security != null) {
                config.putAll(security.brokerConfig(HOST, brokerPort, mtlsPort, controllerPort));
            }
            KafkaConfig kafkaConfig = KafkaConfig.fromProps(config, false);
            if (!Files.exists(dataDir.resolve("meta.properties"))) {
                Files.createDirectories(dataDir);
                Formatter formatter = new Formatter()
                        .setPrintStream(new PrintStream(OutputStream.nullOutputStream()))
                        .setClusterId(Uuid.randomUuid().toString())
                        .setNodeId(1)
                        .setControllerListenerName("CONTROLLER")
                        .setMetadataLogDirectory(dataDir.toString())
                        .setDirectories(List.of(dataDir.toString()))
                        .setReleaseVersion(MetadataVersion.latestProduction());
                if (security != null) {
                    formatter.setScramArguments(security.scramArguments());
                }
                formatter.run();
            }
            KafkaRaftServer server = new KafkaRaftServer(kafkaConfig, Time.SYSTEM);
            server.startup();
            return new KraftBroker(server, dataDir, temporary, HOST + ":" + brokerPort);
        } catch (Exception e) {
            throw new IllegalStateException("Cannot start a Kafka broker on " + HOST + ":" + brokerPort
                    + " (is another broker already listening there?)", e);
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    @Override
    public void close() {
        server.shutdown();
        server.awaitShutdown();
        if (temporary) {
            deleteRecursively(dataDir);
        }
    }

    private static Properties config(int brokerPort, int controllerPort, Path dataDir) {
        Properties config = new Properties();
        config.put("process.roles", "broker,controller");
        config.put("node.id", "1");
        config.put("controller.quorum.voters", "1@" + HOST + ":" + controllerPort);
        config.put("listeners", "PLAINTEXT://" + HOST + ":" + brokerPort + ",CONTROLLER://" + HOST + ":" + controllerPort);
        config.put("advertised.listeners", "PLAINTEXT://" + HOST + ":" + brokerPort);
        config.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        config.put("controller.listener.names", "CONTROLLER");
        config.put("inter.broker.listener.name", "PLAINTEXT");
        config.put("log.dirs", dataDir.toString());
        config.put("num.partitions", "6");
        config.put("auto.create.topics.enable", "false");
        config.put("offsets.topic.replication.factor", "1");
        config.put("offsets.topic.num.partitions", "6");
        config.put("transaction.state.log.replication.factor", "1");
        config.put("transaction.state.log.min.isr", "1");
        config.put("transaction.state.log.num.partitions", "6");
        config.put("group.initial.rebalance.delay.ms", "0");
        // Abort the transactions of a crashed or frozen producer soon after they time out (default 10 s).
        config.put("transaction.abort.timed.out.transaction.cleanup.interval.ms", "1000");
        // Look for compactable logs every second (default 15 s), so an erasure is compacted promptly.
        config.put("log.cleaner.backoff.ms", "1000");
        config.put("share.coordinator.state.topic.replication.factor", "1");
        config.put("share.coordinator.state.topic.min.isr", "1");
        return config;
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            // A leftover temp folder is harmless; the broker itself is stopped.
        }
    }
}
