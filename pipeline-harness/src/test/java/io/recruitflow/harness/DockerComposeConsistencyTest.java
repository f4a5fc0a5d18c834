package io.recruitflow.harness;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.Yaml;

/**
 * Checks, without Docker, that the root {@code docker-compose.yml} agrees with the services'
 * {@code application.yml} and Dockerfiles: ports, the bootstrap address the broker advertises,
 * the docker profile, topic settings for a single broker, and per-instance transactional ids.
 * No Docker engine runs this file in CI, so a drift between the two would otherwise only show
 * when someone runs {@code docker compose up}.
 *
 * <p>Each check returns the problems it finds instead of asserting, so the same checks run
 * against deliberately broken copies of the compose file to prove they can fail.
 */
class DockerComposeConsistencyTest {

    private static final Path ROOT = Path.of("..");
    private static final List<String> SERVICES = List.of("ingest-service", "classifier-service", "notifier-service");
    /** Services whose transactional id prefix is built from INSTANCE_ID (falling back to HOSTNAME). */
    private static final List<String> TRANSACTIONAL_SERVICES = List.of("classifier-service", "notifier-service");
    private static final String BROKER = "kafka";
    private static final String UI = "kafka-ui";
    private static final String READINESS_PATH = "/actuator/health/readiness";

    private static Map<String, Object> compose;
    private static Map<String, ServiceConfig> configs;

    @BeforeAll
    static void loadComposeFileAndServiceConfigs() throws IOException {
        compose = loadCompose(ROOT.resolve("docker-compose.yml"));
        configs = new LinkedHashMap<>();
        for (String service : SERVICES) {
            configs.put(service, ServiceConfig.load(service,
                    ROOT.resolve(service).resolve("src/main/resources/application.yml")));
        }
    }

    @Test
    void everyServiceIsPublishedOnItsServerPortAndHealthCheckedThere() {
        assertThat(portProblems(compose, configs)).isEmpty();
    }

    @Test
    void servicesBootstrapFromAListenerTheBrokerAdvertisesToTheComposeNetwork() {
        assertThat(bootstrapProblems(compose, configs)).isEmpty();
    }

    @Test
    void servicesRunOnTheHostReachTheBrokerThroughItsPublishedListener() {
        assertThat(hostBootstrapProblems(compose, configs)).isEmpty();
    }

    @Test
    void everyServiceRunsTheDockerProfileWithAMemoryLimitOnceTheBrokerIsHealthy() {
        assertThat(runtimeProblems(compose)).isEmpty();
    }

    @Test
    void topicSettingsAgreeAcrossServicesAndFitTheSingleBroker() {
        assertThat(topicProblems(compose, configs)).isEmpty();
    }

    @Test
    void transactionalServicesNeverShareAnInstanceId() {
        assertThat(instanceIdProblems(compose, configs)).isEmpty();
    }

    @Test
    void everyDockerfileRunsTheExecJarAsANonRootUserOnTheServicePort() {
        assertThat(dockerfileProblems(compose, configs, ROOT)).isEmpty();
    }

    @Test
    void prometheusScrapesEveryServiceWithTheOpsCredentialsTheServicesExpect() throws IOException {
        assertThat(scrapeProblems(compose, configs, loadCompose(ROOT.resolve("ops/prometheus/prometheus.yml")))).isEmpty();
    }

    @Test
    void detectsAServicePrometheusDoesNotScrape() throws IOException {
        Map<String, Object> prometheus = loadCompose(ROOT.resolve("ops/prometheus/prometheus.yml"));
        Map<String, Object> broken = copyOf(compose);
        service(broken, "notifier-service").put("ports", new ArrayList<>(List.of("8083:8083")));
        Map<String, ServiceConfig> movedNotifier = new LinkedHashMap<>(configs);
        ServiceConfig notifier = configs.get("notifier-service");
        movedNotifier.put("notifier-service", new ServiceConfig(notifier.name(), 9083, notifier.dockerBootstrap(),
                notifier.defaultBootstrap(), notifier.text()));

        assertThat(scrapeProblems(broken, movedNotifier, prometheus))
                .anySatisfy(problem -> assertThat(problem).contains("notifier-service:9083"));
    }

    /** Every service is a scrape target on its port and path, and carries the user Prometheus logs in as. */
    @SuppressWarnings("unchecked")
    static List<String> scrapeProblems(Map<String, Object> compose, Map<String, ServiceConfig> configs,
                                       Map<String, Object> prometheus) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> job = ((List<Map<String, Object>>) prometheus.get("scrape_configs")).get(0);
        Map<String, Object> auth = (Map<String, Object>) job.get("basic_auth");
        List<String> targets = new ArrayList<>();
        for (Map<String, Object> group : (List<Map<String, Object>>) job.get("static_configs")) {
            targets.addAll((List<String>) group.get("targets"));
        }
        if (!"/actuator/prometheus".equals(job.get("metrics_path"))) {
            problems.add("prometheus scrapes " + job.get("metrics_path") + ", not /actuator/prometheus");
        }
        for (ServiceConfig config : configs.values()) {
            String target = config.name() + ":" + config.port();
            if (!targets.contains(target)) {
                problems.add("prometheus does not scrape " + target);
            }
            String user = environment(service(compose, config.name())).get("PIPELINE_SECURITY_ACTUATOR_USERNAME");
            if (!String.valueOf(auth.get("username")).equals(user)) {
                problems.add(config.name() + " expects actuator user " + user + ", prometheus sends " + auth.get("username"));
            }
        }
        return problems;
    }

    @Test
    void detectsAPortMismatch() {
        Map<String, Object> broken = copyOf(compose);
        service(broken, "ingest-service").put("ports", new ArrayList<>(List.of("8081:9081")));

        assertThat(portProblems(compose, configs)).isEmpty();
        assertThat(portProblems(broken, configs))
                .anySatisfy(problem -> assertThat(problem).contains("ingest-service", "8081"));
        assertThat(allProblems(broken, configs)).isNotEmpty();
    }

    @Test
    void detectsABootstrapAddressTheBrokerDoesNotAdvertise() {
        Map<String, Object> broken = copyOf(compose);
        environmentToBreak(broken, BROKER).put("KAFKA_ADVERTISED_LISTENERS",
                "PLAINTEXT://broker:9092,EXTERNAL://localhost:9092");

        assertThat(bootstrapProblems(broken, configs))
                .anySatisfy(problem -> assertThat(problem).contains("kafka:9092"));
    }

    @Test
    void detectsASharedInstanceId() {
        Map<String, Object> broken = copyOf(compose);
        environmentToBreak(broken, "classifier-service").put("INSTANCE_ID", "pipeline-1");
        environmentToBreak(broken, "notifier-service").put("INSTANCE_ID", "pipeline-1");

        assertThat(instanceIdProblems(broken, configs))
                .anySatisfy(problem -> assertThat(problem).contains("pipeline-1"));
    }

    @Test
    void detectsPartitionsThatDisagreeWithTheBroker() {
        Map<String, Object> broken = copyOf(compose);
        environmentToBreak(broken, "notifier-service").put("TOPIC_PARTITIONS", "3");

        assertThat(topicProblems(broken, configs)).isNotEmpty();
    }

    // ---------------------------------------------------------------- the checks

    /** Every check that needs only the compose map and the services' configs. */
    static List<String> allProblems(Map<String, Object> compose, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        problems.addAll(portProblems(compose, configs));
        problems.addAll(bootstrapProblems(compose, configs));
        problems.addAll(hostBootstrapProblems(compose, configs));
        problems.addAll(runtimeProblems(compose));
        problems.addAll(topicProblems(compose, configs));
        problems.addAll(instanceIdProblems(compose, configs));
        return problems;
    }

    static List<String> portProblems(Map<String, Object> compose, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig config : configs.values()) {
            Map<String, Object> service = services(compose).get(config.name());
            if (service == null) {
                problems.add(config.name() + " is missing from docker-compose.yml");
                continue;
            }
            List<PortMapping> ports = ports(service);
            boolean published = ports.stream().anyMatch(
                    p -> p.container() == config.port() && Objects.equals(p.host(), config.port()));
            if (!published) {
                problems.add(config.name() + ": server.port " + config.port()
                        + " is not published as " + config.port() + ":" + config.port() + ", ports are " + ports);
            }
            String healthcheck = healthcheckCommand(service);
            if (healthcheck == null) {
                problems.add(config.name() + " has no healthcheck");
            } else if (!healthcheck.contains(":" + config.port() + READINESS_PATH)) {
                problems.add(config.name() + ": healthcheck does not target port " + config.port()
                        + READINESS_PATH + ": " + healthcheck);
            }
        }
        return problems;
    }

    static List<String> bootstrapProblems(Map<String, Object> compose, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        Broker broker = Broker.of(services(compose).get(BROKER));
        Map<String, String> clients = new LinkedHashMap<>();
        for (ServiceConfig config : configs.values()) {
            Map<String, Object> service = services(compose).get(config.name());
            if (service == null) {
                continue; // reported by portProblems
            }
            String bootstrap = environment(service).get("KAFKA_BOOTSTRAP_SERVERS");
            if (!Objects.equals(bootstrap, config.dockerBootstrapDefault())) {
                problems.add(config.name() + ": KAFKA_BOOTSTRAP_SERVERS is " + bootstrap
                        + " but the docker profile's default is " + config.dockerBootstrapDefault());
            }
            if (!config.dockerBootstrapReadsTheEnvironment()) {
                problems.add(config.name() + ": the docker profile's bootstrap-servers does not read"
                        + " ${KAFKA_BOOTSTRAP_SERVERS:...}");
            }
            clients.put(config.name(), bootstrap);
        }
        Map<String, Object> ui = services(compose).get(UI);
        if (ui != null) {
            clients.put(UI, environment(ui).get("KAFKA_CLUSTERS_0_BOOTSTRAPSERVERS"));
        }
        clients.forEach((client, bootstrap) -> {
            for (String address : split(bootstrap)) {
                problems.addAll(broker.problemsReaching(client, address));
            }
        });
        return problems;
    }

    /** A service started from the IDE uses the default profile's bootstrap (127.0.0.1:9092). */
    static List<String> hostBootstrapProblems(Map<String, Object> compose, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> brokerService = services(compose).get(BROKER);
        if (brokerService == null) {
            return List.of("docker-compose.yml has no '" + BROKER + "' service");
        }
        Broker broker = Broker.of(brokerService);
        Set<String> hostBootstraps = new TreeSet<>();
        configs.values().forEach(config -> hostBootstraps.add(config.defaultBootstrapDefault()));
        for (String address : hostBootstraps) {
            int hostPort = Listener.portOf(address);
            PortMapping mapping = ports(brokerService).stream()
                    .filter(p -> Objects.equals(p.host(), hostPort)).findFirst().orElse(null);
            if (mapping == null) {
                problems.add("broker: host port " + hostPort + " (services' default bootstrap " + address
                        + ") is not published");
                continue;
            }
            Listener listener = broker.listeners().values().stream()
                    .filter(l -> l.port() == mapping.container()).findFirst().orElse(null);
            Listener advertised = listener == null ? null : broker.advertised().get(listener.name());
            if (advertised == null) {
                problems.add("broker: no advertised listener behind published port " + mapping);
            } else if (advertised.port() != hostPort
                    || !Set.of("localhost", "127.0.0.1").contains(advertised.host())) {
                problems.add("broker: listener " + listener.name() + " behind published port " + mapping
                        + " advertises " + advertised.address() + ", unreachable as " + address + " from the host");
            }
        }
        return problems;
    }

    static List<String> runtimeProblems(Map<String, Object> compose) {
        List<String> problems = new ArrayList<>();
        for (String name : SERVICES) {
            Map<String, Object> service = services(compose).get(name);
            if (service == null) {
                continue; // reported by portProblems
            }
            Map<String, String> env = environment(service);
            if (!"docker".equals(env.get("SPRING_PROFILES_ACTIVE"))) {
                problems.add(name + ": SPRING_PROFILES_ACTIVE is " + env.get("SPRING_PROFILES_ACTIVE") + ", not docker");
            }
            String javaOptions = env.getOrDefault("JAVA_TOOL_OPTIONS", "");
            if (!javaOptions.contains("-XX:MaxRAMPercentage=") && !javaOptions.contains("-Xmx")) {
                problems.add(name + ": JAVA_TOOL_OPTIONS does not size the heap to the memory limit");
            }
            problems.addAll(memoryLimitProblems(name, service));
            problems.addAll(healthyDependencyProblems(name, service));
            if (healthcheckCommand(service) == null) {
                problems.add(name + " has no healthcheck");
            }
        }
        Map<String, Object> broker = services(compose).get(BROKER);
        if (broker == null) {
            problems.add("docker-compose.yml has no '" + BROKER + "' service");
        } else {
            if (healthcheckCommand(broker) == null) {
                problems.add(BROKER + " has no healthcheck, so no service can wait for it to be healthy");
            }
            problems.addAll(memoryLimitProblems(BROKER, broker));
        }
        Map<String, Object> ui = services(compose).get(UI);
        if (ui == null) {
            problems.add("docker-compose.yml has no '" + UI + "' service");
        } else {
            problems.addAll(memoryLimitProblems(UI, ui));
            problems.addAll(healthyDependencyProblems(UI, ui));
        }
        return problems;
    }

    static List<String> topicProblems(Map<String, Object> compose, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> brokerService = services(compose).get(BROKER);
        if (brokerService == null) {
            return List.of("docker-compose.yml has no '" + BROKER + "' service");
        }
        Map<String, String> brokerEnv = environment(brokerService);
        int brokers = brokerCount(compose);
        Map<String, String> partitions = new LinkedHashMap<>();
        Map<String, String> replication = new LinkedHashMap<>();
        for (ServiceConfig config : configs.values()) {
            Map<String, Object> service = services(compose).get(config.name());
            if (service != null) {
                partitions.put(config.name(), environment(service).get("TOPIC_PARTITIONS"));
                replication.put(config.name(), environment(service).get("TOPIC_REPLICATION_FACTOR"));
            }
            for (String variable : List.of("TOPIC_PARTITIONS", "TOPIC_REPLICATION_FACTOR")) {
                if (!config.text().contains("${" + variable + ":")) {
                    problems.add(config.name() + ": application.yml does not read ${" + variable
                            + ":...}, so the compose setting never reaches it");
                }
            }
        }
        if (new TreeSet<>(nullsAsText(partitions.values())).size() != 1) {
            problems.add("TOPIC_PARTITIONS differs between services: " + partitions);
        }
        if (new TreeSet<>(nullsAsText(replication.values())).size() != 1) {
            problems.add("TOPIC_REPLICATION_FACTOR differs between services: " + replication);
        }
        partitions.forEach((name, value) -> {
            if (!Objects.equals(value, brokerEnv.get("KAFKA_NUM_PARTITIONS"))) {
                problems.add(name + ": TOPIC_PARTITIONS " + value + " differs from the broker's KAFKA_NUM_PARTITIONS "
                        + brokerEnv.get("KAFKA_NUM_PARTITIONS"));
            }
        });
        replication.forEach((name, value) -> {
            Integer factor = integer(value);
            if (factor == null || factor < 1 || factor > brokers) {
                problems.add(name + ": TOPIC_REPLICATION_FACTOR " + value + " does not fit " + brokers + " broker(s)");
            }
        });
        for (String variable : List.of("KAFKA_OFFSETS_TOPIC_REPLICATION_FACTOR",
                "KAFKA_TRANSACTION_STATE_LOG_REPLICATION_FACTOR", "KAFKA_TRANSACTION_STATE_LOG_MIN_ISR")) {
            Integer value = integer(brokerEnv.get(variable));
            // Unset, these default to 3 (min ISR 2): transactions and consumer groups never start on one broker.
            if (value == null || value < 1 || value > brokers) {
                problems.add("broker: " + variable + " is " + brokerEnv.get(variable) + ", must be set and at most "
                        + brokers + " for " + brokers + " broker(s)");
            }
        }
        if (!"false".equals(brokerEnv.get("KAFKA_AUTO_CREATE_TOPICS_ENABLE"))) {
            problems.add("broker: KAFKA_AUTO_CREATE_TOPICS_ENABLE is not false; topics must come from the services'"
                    + " declarations with TOPIC_PARTITIONS");
        }
        return problems;
    }

    static List<String> instanceIdProblems(Map<String, Object> compose, Map<String, ServiceConfig> configs) {
        List<String> problems = new ArrayList<>();
        Map<String, String> fixedIds = new LinkedHashMap<>();
        for (String name : TRANSACTIONAL_SERVICES) {
            ServiceConfig config = configs.get(name);
            if (config != null && !config.text().contains("${INSTANCE_ID:")) {
                problems.add(name + ": application.yml does not read ${INSTANCE_ID:...}");
            }
            Map<String, Object> service = services(compose).get(name);
            if (service == null) {
                continue;
            }
            String fixed = fixedInstanceId(service);
            if (fixed == null) {
                continue; // Docker sets HOSTNAME to the container id: unique per container
            }
            fixedIds.put(name, fixed);
            if (replicas(service) > 1) {
                problems.add(name + ": " + replicas(service) + " replicas share the instance id " + fixed);
            }
        }
        Map<String, String> owners = new HashMap<>();
        fixedIds.forEach((name, id) -> {
            String other = owners.putIfAbsent(id, name);
            if (other != null) {
                problems.add(other + " and " + name + " share the instance id " + id
                        + "; their transactional producers would fence each other");
            }
        });
        return problems;
    }

    static List<String> dockerfileProblems(Map<String, Object> compose, Map<String, ServiceConfig> configs, Path root) {
        List<String> problems = new ArrayList<>();
        for (ServiceConfig config : configs.values()) {
            String name = config.name();
            Path dockerfile = root.resolve(name).resolve("Dockerfile");
            if (!Files.isRegularFile(dockerfile)) {
                problems.add(name + ": no Dockerfile at " + dockerfile);
                continue;
            }
            List<String> instructions = instructions(dockerfile);
            if (instructions.stream().noneMatch(i -> i.startsWith("FROM eclipse-temurin:17"))) {
                problems.add(name + ": Dockerfile is not FROM eclipse-temurin:17-*");
            }
            if (instructions.stream().noneMatch(i -> i.matches("COPY\\s+.*target/\\S*-exec\\.jar\\s+\\S+"))) {
                problems.add(name + ": Dockerfile does not COPY target/*-exec.jar");
            }
            if (instructions.stream().noneMatch(i -> i.matches("EXPOSE\\s+(\\S+\\s+)*" + config.port() + "(/tcp)?(\\s.*)?"))) {
                problems.add(name + ": Dockerfile does not EXPOSE " + config.port());
            }
            String user = instructions.stream().filter(i -> i.startsWith("USER ")).reduce((a, b) -> b)
                    .map(i -> i.substring(5).trim()).orElse("root");
            if (user.equals("root") || user.startsWith("0") || user.startsWith("root:")) {
                problems.add(name + ": Dockerfile runs as root");
            }
            Map<String, Object> service = services(compose).get(name);
            if (service == null) {
                continue;
            }
            if (!(service.get("build") instanceof Map<?, ?> build)
                    || !(build.get("context") instanceof String context)
                    || !root.resolve(context).normalize().equals(root.resolve(name).normalize())) {
                problems.add(name + ": compose does not build it from ./" + name);
            }
            String tool = healthcheckTool(service);
            if (tool != null && List.of("curl", "wget").contains(tool) && instructions.stream().noneMatch(
                    i -> i.startsWith("RUN ") && i.contains("install") && i.matches(".*\\b" + tool + "\\b.*"))) {
                problems.add(name + ": the healthcheck runs " + tool + " but the Dockerfile does not install it");
            }
        }
        return problems;
    }

    // ---------------------------------------------------------------- compose helpers

    private static List<String> memoryLimitProblems(String name, Map<String, Object> service) {
        Object limit = service.get("mem_limit");
        if (limit == null) {
            limit = path(service, "deploy", "resources", "limits", "memory");
        }
        return limit == null ? List.of(name + " has no memory limit") : List.of();
    }

    private static List<String> healthyDependencyProblems(String name, Map<String, Object> service) {
        Object condition = path(service, "depends_on", BROKER, "condition");
        return "service_healthy".equals(condition) ? List.of()
                : List.of(name + " does not depend on " + BROKER + " with condition service_healthy");
    }

    private static int brokerCount(Map<String, Object> compose) {
        int brokers = 0;
        for (Map<String, Object> service : services(compose).values()) {
            String image = String.valueOf(service.get("image"));
            String roles = environment(service).getOrDefault("KAFKA_PROCESS_ROLES", "");
            if (image.startsWith("apache/kafka") && roles.contains("broker")) {
                brokers += replicas(service);
            }
        }
        return brokers;
    }

    private static String fixedInstanceId(Map<String, Object> service) {
        Map<String, String> env = environment(service);
        if (env.containsKey("INSTANCE_ID")) {
            return String.valueOf(env.get("INSTANCE_ID"));
        }
        if (env.containsKey("HOSTNAME")) {
            return String.valueOf(env.get("HOSTNAME"));
        }
        Object hostname = service.get("hostname");
        return hostname == null ? null : hostname.toString();
    }

    private static int replicas(Map<String, Object> service) {
        Object replicas = path(service, "deploy", "replicas");
        return replicas == null ? 1 : Integer.parseInt(replicas.toString());
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> services(Map<String, Object> compose) {
        Object services = compose.get("services");
        return services instanceof Map<?, ?> map ? (Map<String, Map<String, Object>>) map : Map.of();
    }

    private static Map<String, Object> service(Map<String, Object> compose, String name) {
        return Objects.requireNonNull(services(compose).get(name), name);
    }

    /** The service's environment, map or list form ({@code - KEY=value}), with values as compose passes them. */
    private static Map<String, String> environment(Map<String, Object> service) {
        Map<String, String> env = new LinkedHashMap<>();
        Object environment = service.get("environment");
        if (environment instanceof Map<?, ?> map) {
            map.forEach((key, value) -> env.put(key.toString(), value == null ? null : value.toString()));
        } else if (environment instanceof List<?> list) {
            for (Object entry : list) {
                String[] pair = entry.toString().split("=", 2);
                env.put(pair[0], pair.length == 2 ? pair[1] : null);
            }
        }
        return env;
    }

    /** The environment of a copied compose map, to break it in place (the file uses the map form). */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> environmentToBreak(Map<String, Object> compose, String service) {
        return (Map<String, Object>) Objects.requireNonNull(service(compose, service).get("environment"));
    }

    private static List<PortMapping> ports(Map<String, Object> service) {
        List<PortMapping> mappings = new ArrayList<>();
        if (service.get("ports") instanceof List<?> ports) {
            for (Object port : ports) {
                if (port instanceof Map<?, ?> longSyntax) {
                    mappings.add(new PortMapping(integer(longSyntax.get("published")),
                            integer(longSyntax.get("target"))));
                } else {
                    String[] parts = port.toString().replaceFirst("/(tcp|udp)$", "").split(":");
                    Integer container = integer(parts[parts.length - 1]);
                    Integer host = parts.length >= 2 ? integer(parts[parts.length - 2]) : null;
                    mappings.add(new PortMapping(host, container == null ? -1 : container));
                }
            }
        }
        return mappings;
    }

    private static String healthcheckCommand(Map<String, Object> service) {
        Object test = path(service, "healthcheck", "test");
        if (test instanceof List<?> list) {
            return list.isEmpty() || "NONE".equals(list.get(0)) ? null : String.join(" ", list.stream().map(String::valueOf).toList());
        }
        return test == null ? null : test.toString();
    }

    private static String healthcheckTool(Map<String, Object> service) {
        Object test = path(service, "healthcheck", "test");
        if (test instanceof List<?> list && list.size() > 1 && "CMD".equals(list.get(0))) {
            return list.get(1).toString();
        }
        return null;
    }

    private static Object path(Map<String, Object> map, String... keys) {
        Object current = map;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = m.get(key);
        }
        return current;
    }

    private static List<String> instructions(Path dockerfile) {
        try {
            String text = Files.readString(dockerfile).replaceAll("\\\\\\r?\\n", " ");
            return text.lines().map(String::trim).filter(l -> !l.isEmpty() && !l.startsWith("#")).toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> split(String commaSeparated) {
        if (commaSeparated == null || commaSeparated.isBlank()) {
            return List.of("<unset>");
        }
        return List.of(commaSeparated.trim().split("\\s*,\\s*"));
    }

    private static Integer integer(Object value) {
        try {
            return value == null ? null : Integer.valueOf(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<String> nullsAsText(Collection<String> values) {
        return values.stream().map(String::valueOf).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> loadCompose(Path file) throws IOException {
        try (Reader reader = Files.newBufferedReader(file)) {
            return (Map<String, Object>) new Yaml().load(reader);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> copyOf(Map<String, Object> compose) {
        Yaml yaml = new Yaml();
        return (Map<String, Object>) yaml.load(yaml.dump(compose));
    }

    // ---------------------------------------------------------------- small types

    record PortMapping(Integer host, int container) {
        @Override
        public String toString() {
            return host + ":" + container;
        }
    }

    /** A {@code NAME://host:port} entry of KAFKA_LISTENERS or KAFKA_ADVERTISED_LISTENERS. */
    record Listener(String name, String host, int port) {

        private static final Pattern FORMAT = Pattern.compile("([A-Za-z0-9_]+)://(\\[[^\\]]*\\]|[^:]*):(\\d+)");

        static Map<String, Listener> parseAll(String value) {
            Map<String, Listener> listeners = new LinkedHashMap<>();
            for (String entry : split(value)) {
                Matcher matcher = FORMAT.matcher(entry);
                if (matcher.matches()) {
                    listeners.put(matcher.group(1), new Listener(matcher.group(1), matcher.group(2),
                            Integer.parseInt(matcher.group(3))));
                }
            }
            return listeners;
        }

        static int portOf(String address) {
            return Integer.parseInt(address.substring(address.lastIndexOf(':') + 1));
        }

        String address() {
            return host + ":" + port;
        }
    }

    /** What the broker listens on and advertises, from its environment. */
    record Broker(Map<String, Listener> listeners, Map<String, Listener> advertised, Map<String, String> protocols,
            Set<String> controllerListeners) {

        static Broker of(Map<String, Object> service) {
            Map<String, String> env = service == null ? Map.of() : environment(service);
            Map<String, String> protocols = new HashMap<>();
            for (String entry : split(env.get("KAFKA_LISTENER_SECURITY_PROTOCOL_MAP"))) {
                String[] pair = entry.split(":", 2);
                if (pair.length == 2) {
                    protocols.put(pair[0], pair[1]);
                }
            }
            return new Broker(Listener.parseAll(env.get("KAFKA_LISTENERS")),
                    Listener.parseAll(env.get("KAFKA_ADVERTISED_LISTENERS")), protocols,
                    new TreeSet<>(split(env.get("KAFKA_CONTROLLER_LISTENER_NAMES"))));
        }

        List<String> problemsReaching(String client, String address) {
            Listener advertisedListener = advertised.values().stream()
                    .filter(l -> l.address().equals(address)).findFirst().orElse(null);
            if (advertisedListener == null) {
                return List.of(client + ": bootstrap " + address + " is not among the broker's advertised listeners "
                        + advertised.values().stream().map(Listener::address).toList());
            }
            String name = advertisedListener.name();
            List<String> problems = new ArrayList<>();
            Listener bound = listeners.get(name);
            if (bound == null || bound.port() != advertisedListener.port()) {
                problems.add(client + ": the broker advertises " + address + " as " + name
                        + " but does not listen on port " + advertisedListener.port() + " for it");
            }
            if (controllerListeners.contains(name)) {
                problems.add(client + ": " + address + " is a controller listener");
            }
            if (!"PLAINTEXT".equals(protocols.get(name))) {
                problems.add(client + ": listener " + name + " uses " + protocols.get(name)
                        + ", the services are configured for PLAINTEXT");
            }
            return problems;
        }
    }

    /** What docker-compose.yml must agree with, read from a service's multi-document application.yml. */
    record ServiceConfig(String name, int port, String dockerBootstrap, String defaultBootstrap, String text) {

        @SuppressWarnings("unchecked")
        static ServiceConfig load(String name, Path applicationYml) throws IOException {
            String text = Files.readString(applicationYml);
            Integer port = null;
            String defaultBootstrap = null;
            String dockerBootstrap = null;
            for (Object document : new Yaml().loadAll(text)) {
                if (!(document instanceof Map<?, ?> map)) {
                    continue;
                }
                Map<String, Object> doc = (Map<String, Object>) map;
                Object profile = path(doc, "spring", "config", "activate", "on-profile");
                Object bootstrap = path(doc, "spring", "kafka", "bootstrap-servers");
                if (profile == null) {
                    port = port != null ? port : integer(path(doc, "server", "port"));
                    defaultBootstrap = bootstrap != null ? bootstrap.toString() : defaultBootstrap;
                } else if (String.valueOf(profile).equals("docker") && bootstrap != null) {
                    dockerBootstrap = bootstrap.toString();
                }
            }
            assertThat(port).as(name + " server.port").isNotNull();
            assertThat(defaultBootstrap).as(name + " spring.kafka.bootstrap-servers").isNotNull();
            assertThat(dockerBootstrap).as(name + " docker profile's spring.kafka.bootstrap-servers").isNotNull();
            return new ServiceConfig(name, port, dockerBootstrap, defaultBootstrap, text);
        }

        String dockerBootstrapDefault() {
            return placeholderDefault(dockerBootstrap);
        }

        String defaultBootstrapDefault() {
            return placeholderDefault(defaultBootstrap);
        }

        boolean dockerBootstrapReadsTheEnvironment() {
            return dockerBootstrap.startsWith("${KAFKA_BOOTSTRAP_SERVERS:");
        }

        /** {@code ${NAME:default}} gives {@code default}; a plain value is its own default. */
        private static String placeholderDefault(String value) {
            if (value.startsWith("${") && value.endsWith("}") && value.contains(":")) {
                return value.substring(value.indexOf(':') + 1, value.length() - 1);
            }
            return value;
        }
    }
}
