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
    private final int port;
    private final Path log;
    private final Process process;

    private ServiceProcess(PipelineService service, int port, Path log, Process process) {
        this.service = service;
        this.port = port;
        this.log = log;
        this.process = process;
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
     * defaults ({@code -Xms64m -Xmx384m}), e.g. a larger heap or {@code -XX:StartFlightRecording=...}.
     */
    public static ServiceProcess start(PipelineService service, int port, String bootstrapServers, Path logDir,
                                       Map<String, String> extraProperties, List<String> jvmOptions) {
        return start(service, port, bootstrapServers, logDir, extraProperties, jvmOptions, Map.of());
    }

    /**
     * As {@link #start(PipelineService, int, String, Path, Map, List)}, with environment variables for
     * the service's JVM (e.g. its Kafka credentials, as a container would get them).
     */
    public static ServiceProcess start(PipelineService service, int port, String bootstrapServers, Path logDir,
                                       Map<String, String> extraProperties, List<String> jvmOptions,
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
        try {
            Files.createDirectories(logDir);
            Path log = logDir.resolve(service.serviceName() + ".log");
            ProcessBuilder builder = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile());
            builder.environment().put("INSTANCE_ID", service.serviceName() + "-" + port);
            builder.environment().putAll(environment);
            return new ServiceProcess(service, port, log, builder.start());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + service.serviceName(), e);
        }
    }

    /** Waits until the service reports itself healthy; fails fast if its process dies. */
    public void awaitHealthy(Duration timeout) {
        Instant deadline = Instant.now().plus(timeout);
        URI health = URI.create(baseUrl() + "/actuator/health");
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(service.serviceName() + " exited with " + process.exitValue()
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
        throw new IllegalStateException(service.serviceName() + " was not healthy within " + timeout + "; see " + log);
    }

    /** Waits until the process has exited, and returns its exit code. */
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

    public PipelineService service() {
        return service;
    }

    /** The operating-system process id of the service's JVM. */
    public long pid() {
        return process.pid();
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
