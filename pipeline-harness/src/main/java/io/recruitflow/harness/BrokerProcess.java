package io.recruitflow.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * A standalone Apache Kafka broker (KRaft, broker and controller in one) in its own JVM, listening
 * on 127.0.0.1 only, with its data in a folder that survives the process: it can be SIGKILLed,
 * SIGSTOPped and restarted on the same data, as a real broker can. The JVM runs {@link Main} on
 * the Kafka jars of this module's classpath (the version Spring Boot manages).
 */
public final class BrokerProcess implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(2);
    private static final Duration STOP_GRACE = Duration.ofSeconds(30);

    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final Path log;
    private final BrokerSecurity security;
    private final int mtlsPort;
    private Process process;

    private BrokerProcess(int port, int controllerPort, Path dataDir, Path log, BrokerSecurity security, int mtlsPort) {
        this.port = port;
        this.controllerPort = controllerPort;
        this.dataDir = dataDir;
        this.log = log;
        this.security = security;
        this.mtlsPort = mtlsPort;
    }

    /**
     * Starts a broker on the given port (a free one when 0) with its data and log under
     * {@code workDir}, and waits until it answers.
     */
    public static BrokerProcess start(int port, Path workDir) {
        return start(port, workDir, null);
    }

    /**
     * Starts a broker that authenticates and authorizes its clients ({@link BrokerSecurity}):
     * SCRAM over TLS on {@link #bootstrapServers}, client certificates on {@link #mtlsBootstrapServers}.
     * Readiness is checked as the SCRAM admin.
     */
    public static BrokerProcess startSecured(int port, Path workDir, BrokerSecurity security) {
        return start(port, workDir, security);
    }

    private static BrokerProcess start(int port, Path workDir, BrokerSecurity security) {
        BrokerProcess broker = new BrokerProcess(port == 0 ? KraftBroker.freePort() : port, KraftBroker.freePort(),
                workDir.resolve("kafka-data"), workDir.resolve("kafka.log"), security,
                security == null ? 0 : KraftBroker.freePort());
        broker.launch();
        return broker;
    }

    /** The plaintext listener, or the SASL_SSL (SCRAM) one of a secured broker. */
    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    /** The listener of a secured broker that takes client certificates (mTLS). */
    public String mtlsBootstrapServers() {
        if (security == null) {
            throw new IllegalStateException("the broker is not secured");
        }
        return "127.0.0.1:" + mtlsPort;
    }

    public long pid() {
        return process.pid();
    }

    /** SIGKILL: no shutdown, no flush; the next {@link #restart} recovers from the logs on disk. */
    public void kill() {
        Signals.kill(process);
    }

    /** SIGSTOP: the broker freezes, connections stay open. */
    public void suspend() {
        Signals.send(process, "STOP");
    }

    /** SIGCONT after {@link #suspend}. */
    public void resume() {
        Signals.send(process, "CONT");
    }

    /** Starts the broker again on the same ports and data, after a kill or a close. */
    public void restart() {
        if (process.isAlive()) {
            throw new IllegalStateException("the broker is still running (pid " + process.pid() + ")");
        }
        launch();
    }

    /** SIGTERM and wait for a clean shutdown; SIGKILL if it takes too long. The data stays. */
    @Override
    public void close() {
        Signals.terminate(process, STOP_GRACE);
    }

    private void launch() {
        List<String> command = new ArrayList<>(List.of(ChildJvm.java(), "-Xms128m", "-Xmx512m",
                "-cp", ChildJvm.classpath(), Main.class.getName(),
                Integer.toString(port), Integer.toString(controllerPort), dataDir.toString()));
        try {
            Files.createDirectories(log.getParent());
            if (security != null) {
                Path settings = log.resolveSibling("kafka-security.properties");
                security.save(settings);
                command.addAll(List.of(Integer.toString(mtlsPort), settings.toString()));
            }
            process = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the broker", e);
        }
        awaitReady();
    }

    private void awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP);
        Map<String, Object> config = new HashMap<>(security == null
                ? Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers())
                : security.adminClientConfig(bootstrapServers()));
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 5_000);
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 2_000);
        try (Admin admin = Admin.create(config)) {
            while (Instant.now().isBefore(deadline)) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("the broker exited with " + process.exitValue() + "; see " + log);
                }
                try {
                    if (!admin.describeCluster().nodes().get(5, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    // still starting
                }
            }
        }
        throw new IllegalStateException("the broker did not answer within " + STARTUP + "; see " + log);
    }

    /**
     * The broker JVM: {@code <port> <controller port> <data dir> [<mTLS port> <security settings file>]};
     * runs until SIGTERM (clean) or SIGKILL.
     */
    public static final class Main {

        private Main() {
        }

        public static void main(String[] args) throws InterruptedException {
            KraftBroker broker = args.length > 3
                    ? KraftBroker.startSecured(Integer.parseInt(args[0]), Integer.parseInt(args[3]),
                            Integer.parseInt(args[1]), Path.of(args[2]), BrokerSecurity.load(Path.of(args[4])))
                    : KraftBroker.startPersistent(Integer.parseInt(args[0]), Integer.parseInt(args[1]), Path.of(args[2]));
            Runtime.getRuntime().addShutdownHook(new Thread(broker::close, "broker-shutdown"));
            System.out.println("Kafka broker ready on " + broker.bootstrapServers());
            Thread.currentThread().join();
        }
    }
}
