package io.recruitflow.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The three services running as separate JVMs against one broker. Started in parallel (each
 * creates the topics it reads and writes), ready when all three report healthy.
 */
public final class Pipeline implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(3);

    private final String bootstrapServers;
    private final Map<PipelineService, ServiceProcess> services;

    private Pipeline(String bootstrapServers, Map<PipelineService, ServiceProcess> services) {
        this.bootstrapServers = bootstrapServers;
        this.services = services;
    }

    /**
     * @param ports the HTTP port of each service; a service missing from the map gets a free port
     */
    public static Pipeline start(String bootstrapServers, Map<PipelineService, Integer> ports, Path logDir,
                                 Map<String, String> extraProperties) {
        return start(bootstrapServers, ports, logDir, extraProperties, service -> List.of());
    }

    /** As above, with extra JVM options per service (see {@link ServiceProcess#start}). */
    public static Pipeline start(String bootstrapServers, Map<PipelineService, Integer> ports, Path logDir,
                                 Map<String, String> extraProperties,
                                 Function<PipelineService, List<String>> jvmOptions) {
        Map<PipelineService, Connection> connections = new EnumMap<>(PipelineService.class);
        for (PipelineService service : PipelineService.values()) {
            connections.put(service, new Connection(bootstrapServers, Map.of()));
        }
        return start(connections, ports, logDir, extraProperties, jvmOptions);
    }

    /** How one service reaches the broker: where, and with which environment (its credentials, say). */
    public record Connection(String bootstrapServers, Map<String, String> environment) {
    }

    /**
     * As {@link #start(String, Map, Path, Map)}, each service with a connection of its own, e.g. its
     * own Kafka principal; {@link #bootstrapServers()} is then ingest's.
     */
    public static Pipeline start(Map<PipelineService, Connection> connections, Map<PipelineService, Integer> ports,
                                 Path logDir, Map<String, String> extraProperties) {
        return start(connections, ports, logDir, extraProperties, service -> List.of());
    }

    private static Pipeline start(Map<PipelineService, Connection> connections, Map<PipelineService, Integer> ports,
                                  Path logDir, Map<String, String> extraProperties,
                                  Function<PipelineService, List<String>> jvmOptions) {
        Map<PipelineService, ServiceProcess> started = new EnumMap<>(PipelineService.class);
        try {
            for (PipelineService service : PipelineService.values()) {
                int port = ports.getOrDefault(service, KraftBroker.freePort());
                Connection connection = connections.get(service);
                started.put(service, ServiceProcess.start(service, port, connection.bootstrapServers(), logDir,
                        extraProperties, jvmOptions.apply(service), connection.environment()));
            }
            List<CompletableFuture<Void>> healthy = new ArrayList<>();
            started.values().forEach(process -> healthy.add(CompletableFuture.runAsync(() -> process.awaitHealthy(STARTUP))));
            CompletableFuture.allOf(healthy.toArray(CompletableFuture[]::new)).join();
            return new Pipeline(connections.get(PipelineService.INGEST).bootstrapServers(), started);
        } catch (RuntimeException e) {
            started.values().forEach(ServiceProcess::close);
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    public ServiceProcess service(PipelineService service) {
        return services.get(service);
    }

    /** The running services, in flow order. */
    public Collection<ServiceProcess> services() {
        return services.values();
    }

    public String ingestUrl() {
        return services.get(PipelineService.INGEST).baseUrl();
    }

    /** Stops the services in flow order, each gracefully. */
    @Override
    public void close() {
        services.values().forEach(ServiceProcess::close);
    }
}
