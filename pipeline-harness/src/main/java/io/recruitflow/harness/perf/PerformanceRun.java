package io.recruitflow.harness.perf;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import io.recruitflow.harness.BrokerProcess;
import io.recruitflow.harness.Pipeline;
import io.recruitflow.harness.PipelineService;
import io.recruitflow.harness.ServiceProcess;
import io.recruitflow.harness.perf.CandidateEvents.Event;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The load harness: on a standalone KRaft broker on 127.0.0.1, in one run,
 * <ol>
 * <li>Kafka's own {@code ProducerPerformance} and {@code ConsumerPerformance} with records the size
 * of our candidate events, on 6 partitions;</li>
 * <li>the one-hop ceiling: a plain kafka-clients exactly-once consume-transform-produce loop
 * ({@link EosLoop});</li>
 * <li>the three services as separate JVMs, driven flat out with distinct realistic candidate events
 * on the raw ATS topic: events/s from the first send to the last committed {@code RoutingDecision};</li>
 * <li>the same at a fixed rate: end-to-end latency from the ATS event time to the decision read;</li>
 * <li>one table of all of these, the ratio pipeline / one-hop ceiling, and each process's CPU,
 * peak RSS and heap.</li>
 * </ol>
 * Run it with {@code mvn -q -Pperf -DskipTests verify} (see BENCHMARKS.md); the settings are in
 * {@link PerfSettings}.
 */
public final class PerformanceRun {

    private static final String BASELINE_TOPIC = "perf.baseline.v1";
    private static final String EOS_OUTPUT_TOPIC = "perf.baseline-eos.v1";
    private static final int PARTITIONS = 6;
    private static final Duration PIPELINE_TIMEOUT = Duration.ofMinutes(3);

    private PerformanceRun() {
    }

    public static void main(String[] args) throws Exception {
        PerfSettings settings = PerfSettings.fromSystemProperties();
        PerformanceReport report = run(settings);
        String table = report.render();
        Files.writeString(settings.runDir().resolve("results.md"), table);
        System.out.println();
        System.out.println(table);
        say("Results in " + settings.runDir().resolve("results.md").toAbsolutePath());
    }

    static PerformanceReport run(PerfSettings settings) throws Exception {
        Path runDir = settings.runDir();
        Files.createDirectories(runDir);
        PerformanceReport report = new PerformanceReport();
        report.rate = settings.rate();
        report.environment.put("started", Instant.now().toString());
        report.environment.put("machine", Runtime.getRuntime().availableProcessors() + " cores, "
                + System.getProperty("java.vm.name") + " " + System.getProperty("java.version"));
        report.environment.put("load average before", loadAverage());
        String tag = "perf" + System.currentTimeMillis();
        report.recordSize = new CandidateEvents(tag).meanSize();

        say("Starting a standalone Kafka broker (KRaft) on 127.0.0.1 ...");
        BrokerProcess broker = BrokerProcess.start(0, runDir);
        try {
            String bootstrap = broker.bootstrapServers();
            createTopics(bootstrap);
            KafkaTools tools = new KafkaTools(runDir.resolve("logs"));
            say("Kafka ProducerPerformance: " + settings.toolRecords() + " records of " + report.recordSize + " B ...");
            report.producer = tools.producerPerformance(bootstrap, BASELINE_TOPIC, settings.toolRecords(),
                    report.recordSize, List.of("acks=all", "linger.ms=5"));
            say("Kafka ConsumerPerformance ...");
            report.consumer = tools.consumerPerformance(bootstrap, BASELINE_TOPIC, settings.toolRecords());
            say("One-hop EOS consume-transform-produce loop ...");
            report.eosLoop = EosLoop.run(bootstrap, BASELINE_TOPIC, EOS_OUTPUT_TOPIC, settings.toolRecords(),
                    Duration.ofMinutes(3));

            say("Starting ingest, classifier and notifier as separate JVMs (logs in " + runDir.resolve("logs") + ") ...");
            String opsPassword = UUID.randomUUID().toString();
            Map<String, String> properties = new HashMap<>(Map.of("ingest.api.api-keys", "perf-api-key",
                    "pipeline.security.actuator.username", Actuators.OPS_USER,
                    "pipeline.security.actuator.password", opsPassword));
            properties.putAll(settings.serviceProperties());
            try (Pipeline pipeline = Pipeline.start(bootstrap, Map.of(), runDir.resolve("logs"), properties,
                    service -> jvmOptions(settings, service));
                 HeapSampler heap = new HeapSampler(new Actuators(baseUrls(pipeline), opsPassword));
                 PipelineDriver driver = new PipelineDriver(bootstrap)) {
                say("Warm-up: " + settings.warmupEvents() + " events ...");
                flatOut(bootstrap, driver, new CandidateEvents(tag + "-warmup"), settings.warmupEvents(),
                        settings.drainTimeout());

                Map<String, Long> pids = pids(broker, pipeline);
                Map<String, ProcessStats> beforeFlat = stats(pids);
                say("Flat out: " + settings.events() + " events ...");
                report.flatOut = flatOut(bootstrap, driver, new CandidateEvents(tag + "-flat"), settings.events(),
                        settings.drainTimeout());
                Map<String, ProcessStats> afterFlat = stats(pids);

                say("Fixed rate: " + settings.rate() + " events/s for " + settings.rateSeconds() + " s ...");
                Actuators actuators = new Actuators(baseUrls(pipeline), opsPassword);
                StageLatencies beforeRate = StageLatencies.read(actuators);
                report.fixedRate = fixedRate(bootstrap, driver, new CandidateEvents(tag + "-rate"), settings);
                report.stageLatencies = stageLatenciesSince(beforeRate, actuators, report.fixedRate.routed());
                Map<String, ProcessStats> afterRate = stats(pids);

                pids.forEach((name, pid) -> {
                    boolean service = !name.equals("kafka broker");
                    report.processes.put(name, new PerformanceReport.ProcessUse(
                            afterFlat.get(name).cpuSince(beforeFlat.get(name)),
                            afterRate.get(name).cpuSince(afterFlat.get(name)),
                            afterRate.get(name).peakRssBytes(),
                            service ? heap.peak(name) : -1, service ? heap.max(name) : -1));
                });
                report.environment.put("load average after", loadAverage());
                say("Stopping the services ...");
            }
        } finally {
            broker.close();
            deleteRecursively(runDir.resolve("kafka-data"));
        }
        return report;
    }

    private static PerformanceReport.PipelinePhase flatOut(String bootstrap, PipelineDriver driver,
                                                           CandidateEvents generator, int count,
                                                           Duration drainTimeout) throws InterruptedException {
        List<Event> events = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            events.add(generator.next(i));
        }
        try (RoutingCollector routings = new RoutingCollector(bootstrap, generator)) {
            long start = driver.sendAll(events);
            routings.awaitRouted(count, drainTimeout);
            return phase(count, start, routings.result());
        }
    }

    private static PerformanceReport.PipelinePhase fixedRate(String bootstrap, PipelineDriver driver,
                                                             CandidateEvents generator, PerfSettings settings)
            throws InterruptedException {
        try (RoutingCollector routings = new RoutingCollector(bootstrap, generator)) {
            long start = driver.sendAtRate(generator, settings.rateEvents(), settings.rate());
            routings.awaitRouted(settings.rateEvents(), settings.drainTimeout());
            return phase(settings.rateEvents(), start, routings.result());
        }
    }

    /**
     * The services' histograms since {@code before}, once the notifier has counted every routed event:
     * it records after its commit, which the harness may see first.
     */
    private static StageLatencies stageLatenciesSince(StageLatencies before, Actuators actuators, long routed)
            throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        StageLatencies since = StageLatencies.read(actuators).since(before);
        while (since.count("routed") < routed && System.nanoTime() < deadline) {
            Thread.sleep(100);
            since = StageLatencies.read(actuators).since(before);
        }
        return since;
    }

    private static PerformanceReport.PipelinePhase phase(long sent, long startMillis, RoutingCollector.Result result) {
        double seconds = result.routed() == 0 ? 0 : (result.lastArrivalMillis() - startMillis) / 1000.0;
        return new PerformanceReport.PipelinePhase(sent, result.routed(), result.duplicates(), seconds, result.latency());
    }

    private static List<String> jvmOptions(PerfSettings settings, PipelineService service) {
        List<String> options = new ArrayList<>(settings.serviceJvmOptions());
        if (settings.flightRecordings()) {
            options.add("-XX:StartFlightRecording=settings=profile,dumponexit=true,filename="
                    + settings.runDir().resolve(service.serviceName() + ".jfr").toAbsolutePath());
        }
        return options;
    }

    private static Map<String, String> baseUrls(Pipeline pipeline) {
        Map<String, String> urls = new LinkedHashMap<>();
        for (ServiceProcess service : pipeline.services()) {
            urls.put(service.service().serviceName(), service.baseUrl());
        }
        return urls;
    }

    private static Map<String, Long> pids(BrokerProcess broker, Pipeline pipeline) {
        Map<String, Long> pids = new LinkedHashMap<>();
        for (ServiceProcess service : pipeline.services()) {
            pids.put(service.service().serviceName(), service.pid());
        }
        pids.put("kafka broker", broker.pid());
        return pids;
    }

    private static Map<String, ProcessStats> stats(Map<String, Long> pids) {
        Map<String, ProcessStats> stats = new LinkedHashMap<>();
        pids.forEach((name, pid) -> stats.put(name, ProcessStats.of(pid)));
        return stats;
    }

    private static void createTopics(String bootstrap) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(BASELINE_TOPIC, PARTITIONS, (short) 1),
                    new NewTopic(EOS_OUTPUT_TOPIC, PARTITIONS, (short) 1))).all().get(30, TimeUnit.SECONDS);
        }
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
            return fields[0] + " " + fields[1] + " " + fields[2] + " (1, 5, 15 min)";
        } catch (IOException e) {
            return "unknown";
        }
    }

    private static void deleteRecursively(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void say(String line) {
        System.out.println("[perf] " + line);
    }
}
