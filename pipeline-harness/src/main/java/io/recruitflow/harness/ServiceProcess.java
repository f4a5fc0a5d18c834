package io.recruitflow.harness;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * One service of the pipeline running as its own JVM from its runnable jar, as it runs in
 * production: its own process, port and log file, talking to the broker over the network.
 */
public final class ServiceProcess implements AutoCloseable {

    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final PipelineService service;
    private final String instanceId;
    private final int port;
    private final Path log;
    private final List<String> command;
    private final Map<String, String> environment;
    private Process process;

    private ServiceProcess(PipelineService service, String instanceId, int port, Path log, List<String> command,
                           Map<String, String> environment) {
        this.service = service;
        this.instanceId = instanceId;
        this.port = port;
        this.log = log;
        this.command = List.copyOf(command);
        this.environment = Map.copyOf(environment);
    }

    /**
     * Starts the service's jar with the given broker and port; its output goes to
     * {@code <logDir>/<service>.log}. Returns at once; see {@link #awaitHealthy}.
     */
    public static ServiceProcess start(PipelineService service, int port, String bootstrapServers, Path logDir,
                                       Map<String, String> extraProperties) {
        return start(service, port, bootstrapServers, logDir, extraProperties, List.of(), Map.of());
    }

    /**
     * As {@link #start(PipelineService, int, String, Path, Map)}, with extra JVM options after the
     * defaults ({@code -Xms64m -Xmx384m}), e.g. a larger heap or {@code -XX:StartFlightRecording=...},
     * and environment variables for the service's JVM (e.g. its Kafka credentials, as a container
     * would get them).
     */
    public static ServiceProcess start(PipelineService service, int port, String bootstrapServers, Path logDir,
                                       Map<String, String> extraProperties, List<String> jvmOptions,
                                       Map<String, String> environment) {
        return start(service, service.serviceName() + "-" + port, port, bootstrapServers,
                logDir.resolve(service.serviceName() + ".log"), extraProperties, jvmOptions, environment);
    }

    /**
     * Starts one instance of a service: {@code instanceId} is its {@code INSTANCE_ID} (which makes its
     * transactional ids, so two running instances need two ids), its output is appended to {@code log}
     * across restarts. Returns at once; see {@link #awaitHealthy}.
     */
    public static ServiceProcess start(PipelineService service, String instanceId, int port, String bootstrapServers,
                                       Path log, Map<String, String> extraProperties) {
        return start(service, instanceId, port, bootstrapServers, log, extraProperties, List.of(), Map.of());
    }

    private static ServiceProcess start(PipelineService service, String instanceId, int port, String bootstrapServers,
                                        Path log, Map<String, String> extraProperties, List<String> jvmOptions,
                                        Map<String, String> environment) {
        Path jar = service.jar();
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException(service.serviceName() + " is not built: " + jar
                    + " is missing (run mvn -DskipTests package first)");
        }
        List<String> command = new ArrayList<>(List.of(ChildJvm.java(), "-Xms64m", "-Xmx384m"));
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", jar.toString(),
                "--server.port=" + port,
                "--server.address=127.0.0.1",
                "--spring.kafka.bootstrap-servers=" + bootstrapServers));
        extraProperties.forEach((name, value) -> command.add("--" + name + "=" + value));
        ServiceProcess instance = new ServiceProcess(service, instanceId, port, log, command, environment);
        instance.launch();
        return instance;
    }

    private void launch() {
        try {
            Files.createDirectories(log.toAbsolutePath().getParent());
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
            builder.environment().put("INSTANCE_ID", instanceId);
            builder.environment().putAll(environment);
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.serviceName(), e);
        }
    }

    public PipelineService service() {
        return service;
    }

    public String instanceId() {
        return instanceId;
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    /** SIGKILL: no shutdown hooks, no flush, no leaving the consumer group; as a crash or an OOM kill. */
    public void kill() {
        Signals.kill(process);
    }

    /** SIGTERM and wait for the graceful shutdown (SIGKILL after the grace period). */
    public void terminate() {
        Signals.terminate(process, STOP_GRACE);
    }

    /** SIGSTOP: the JVM freezes mid-whatever, heartbeats and all, with its connections open. */
    public void suspend() {
        Signals.send(process, "STOP");
    }

    /** SIGCONT after {@link #suspend}. */
    public void resume() {
        Signals.send(process, "CONT");
    }

    /**
     * Starts the same instance again (same id, port, settings; the log is appended to) after a kill or
     * a terminate, and waits until it is healthy.
     */
    public void restart(Duration timeout) {
        if (process.isAlive()) {
            throw new IllegalStateException(instanceId + " is still running (pid " + process.pid() + ")");
        }
        launch();
        awaitHealthy(timeout);
    }

    /** Waits until the service reports itself healthy; fails fast if its process dies. */
    public void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI health = URI.create(baseUrl() + "/actuator/health");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(instanceId + " exited with " + process.exitValue()
                        + "; see " + log);
            }
            try {
                HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(2))
                        .GET().build(), HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + service.serviceName(), e);
            }
            pause();
        }
        throw new IllegalStateException(instanceId + " was not healthy within " + timeout + "; see " + log);
    }

    /** Waits for the process to exit by itself (e.g. a start-up that fails fast); returns its exit code. */
    public int awaitExit(Duration timeout) {
        try {
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new IllegalStateException(service.serviceName() + " still runs after " + timeout + "; see " + log);
            }
            return process.exitValue();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for " + service.serviceName(), e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    public Path log() {
        return log;
    }

    /** SIGTERM, so the service shuts down gracefully; SIGKILL if it has not within the grace period. */
    @Override
    public void close() {
        Signals.terminate(process, STOP_GRACE);
    }

    private static void pause() {
        try {
            // Polling interval of a readiness probe, not a test wait.
            TimeUnit.MILLISECONDS.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
