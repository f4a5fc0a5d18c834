package io.recruitflow.harness;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The three services running as separate JVMs against one broker. Started in parallel (each
 * creates the topics it reads and writes), ready when all three report healthy. More instances of
 * a service can join later ({@link #addInstance}), each with its own {@code INSTANCE_ID}, port and log.
 */
public final class Pipeline implements AutoCloseable {

    /** How long a service may take to become healthy, also on a busy 2-core machine. */
    public static final Duration STARTUP = Duration.ofMinutes(3);

    private final String bootstrapServers;
    private final Path logDir;
    private final Map<String, String> extraProperties;
    private final Map<PipelineService, List<ServiceProcess>> services;

    private Pipeline(String bootstrapServers, Path logDir, Map<String, String> extraProperties,
                     Map<PipelineService, List<ServiceProcess>> services) {
        this.bootstrapServers = bootstrapServers;
        this.logDir = logDir;
        this.extraProperties = Map.copyOf(extraProperties);
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
        Map<PipelineService, List<ServiceProcess>> started = new EnumMap<>(PipelineService.class);
        try {
            for (PipelineService service : PipelineService.values()) {
                int port = ports.getOrDefault(service, KraftBroker.freePort());
                Connection connection = connections.get(service);
                started.put(service, new ArrayList<>(List.of(ServiceProcess.start(service, port,
                        connection.bootstrapServers(), logDir, extraProperties, jvmOptions.apply(service),
                        connection.environment()))));
            }
            List<CompletableFuture<Void>> healthy = new ArrayList<>();
            started.values().forEach(instances -> healthy.add(
                    CompletableFuture.runAsync(() -> instances.get(0).awaitHealthy(STARTUP))));
            CompletableFuture.allOf(healthy.toArray(CompletableFuture[]::new)).join();
            return new Pipeline(connections.get(PipelineService.INGEST).bootstrapServers(), logDir, extraProperties,
                    started);
        } catch (RuntimeException e) {
            started.values().forEach(instances -> instances.forEach(ServiceProcess::close));
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** The first instance of a service. */
    public ServiceProcess service(PipelineService service) {
        return services.get(service).get(0);
    }

    /** Every instance of a service started so far, the first one first (killed ones included). */
    public List<ServiceProcess> instances(PipelineService service) {
        return List.copyOf(services.get(service));
    }

    /** The first instance of each service, in flow order. */
    public List<ServiceProcess> services() {
        return services.values().stream().map(instances -> instances.get(0)).toList();
    }

    /** Every instance of every service. */
    public List<ServiceProcess> all() {
        return services.values().stream().flatMap(List::stream).toList();
    }

    /**
     * Starts one more instance of a service on a free port, with its own {@code INSTANCE_ID} and log
     * ({@code <service>-<n>.log}), the pipeline's settings plus {@code overrides}; returns once it is
     * healthy. It joins the service's consumer group and takes its share of the partitions.
     */
    public ServiceProcess addInstance(PipelineService service, Map<String, String> overrides) {
        int port = KraftBroker.freePort();
        int number = services.get(service).size() + 1;
        Map<String, String> properties = new HashMap<>(extraProperties);
        properties.putAll(overrides);
        ServiceProcess instance = ServiceProcess.start(service, service.serviceName() + "-" + port, port,
                bootstrapServers, logDir.resolve(service.serviceName() + "-" + number + ".log"), properties);
        services.get(service).add(instance);
        try {
            instance.awaitHealthy(STARTUP);
        } catch (RuntimeException e) {
            instance.close();
            throw e;
        }
        return instance;
    }

    public String ingestUrl() {
        return service(PipelineService.INGEST).baseUrl();
    }

    /** Stops the services in flow order, each gracefully. */
    @Override
    public void close() {
        services.values().forEach(instances -> instances.forEach(ServiceProcess::close));
    }
}
