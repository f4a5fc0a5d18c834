package io.recruitflow.harness;

import java.nio.file.Path;

/** The pipeline's services, their well-known ports and where their runnable jars are built. */
public enum PipelineService {
    INGEST("ingest-service", 8081),
    CLASSIFIER("classifier-service", 8082),
    NOTIFIER("notifier-service", 8083);

    private final String serviceName;
    private final int defaultPort;

    PipelineService(String serviceName, int defaultPort) {
        this.serviceName = serviceName;
        this.defaultPort = defaultPort;
    }

    public String serviceName() {
        return serviceName;
    }

    public int defaultPort() {
        return defaultPort;
    }

    /**
     * The runnable jar: from the system property {@code <name>.jar} (set by the build, e.g.
     * {@code ingest.jar}), else {@code ../<service>/target/<service>-*-exec.jar} from the module.
     */
    public Path jar() {
        String key = serviceName.substring(0, serviceName.indexOf('-')) + ".jar";
        String configured = System.getProperty(key);
        if (configured != null) {
            return Path.of(configured);
        }
        return Path.of("..", serviceName, "target", serviceName + "-0.1.0-SNAPSHOT-exec.jar");
    }
}
