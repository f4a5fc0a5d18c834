package io.recruitflow.harness.faults;

import static org.awaitility.Awaitility.await;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.harness.BrokerProcess;
import io.recruitflow.harness.Pipeline;
import io.recruitflow.harness.PipelineService;
import io.recruitflow.harness.ServiceProcess;
import io.recruitflow.harness.faults.ReliabilityTable.Row;
import io.recruitflow.harness.load.Canaries;
import io.recruitflow.harness.load.CandidateGenerator;
import io.recruitflow.harness.load.ConsumerGroups;
import io.recruitflow.harness.load.Feeder;
import io.recruitflow.harness.load.LoadDriver;
import io.recruitflow.harness.load.PipelineTally.Count;
import io.recruitflow.harness.load.PipelineTally;
import io.recruitflow.harness.load.WebhookReceiver.Received;
import io.recruitflow.harness.load.WebhookReceiver;
import org.awaitility.core.ConditionTimeoutException;

/**
 * The fault-injection suite: one standalone broker and the three services as their own JVMs, a
 * loopback webhook receiver subscribed to every routing decision, and the failure scenarios, each
 * on candidates of its own source so they can share the running pipeline. Every scenario feeds its
 * candidates closed-loop ({@link Feeder}), injects its faults at points of progress (a share of its
 * candidates routed), waits until the pipeline is quiet (everything routed and notified, every
 * consumer group caught up) and adds a row to the {@link ReliabilityTable}, with every lost or
 * duplicated candidate key named in its problems.
 */
public final class FaultSuite implements AutoCloseable {

    static final String API_KEY = "faults-api-key";
    static final String SUBSCRIPTION = "faults";
    /** The classifier's poll interval in the suite: a frozen instance is out of the group after it. */
    static final Duration CLASSIFIER_MAX_POLL_INTERVAL = Duration.ofSeconds(10);
    /** In-flight deliveries one notifier instance may repeat after a crash: consumers x records per poll. */
    static final int DELIVERIES_IN_FLIGHT = 2 * 10 * 6;
    private static final String DELIVERY_GROUP = "notifier-service-deliveries";

    /**
     * @param candidates candidates per scenario
     * @param faults     how often each fault is injected per scenario (1 in short mode)
     * @param window     candidates in flight at once
     */
    public record Settings(int candidates, int faults, int window, Path workDir) {

        /** A few thousand candidates in all, one fault of each kind: the mode that runs in {@code mvn verify}. */
        public static Settings shortMode(Path workDir) {
            return new Settings(400, 1, 120, workDir);
        }

        public static Settings longMode(int candidates, int faults, Path workDir) {
            return new Settings(candidates, faults, Math.max(200, Math.min(2_000, candidates / 20)), workDir);
        }

        /** Time for a scenario to settle: generous, it only bounds a failing run. */
        Duration settle() {
            return Duration.ofMinutes(3).plusSeconds(candidates / 50L);
        }
    }

    private final Settings settings;
    private final BrokerProcess broker;
    private final WebhookReceiver receiver;
    private final Pipeline pipeline;
    private final LoadDriver driver;
    private final PipelineTally tally;
    private final ConsumerGroups groups;
    private final ReliabilityTable table = new ReliabilityTable();

    private FaultSuite(Settings settings, BrokerProcess broker, WebhookReceiver receiver, Pipeline pipeline) {
        this.settings = settings;
        this.broker = broker;
        this.receiver = receiver;
        this.pipeline = pipeline;
        this.driver = new LoadDriver(broker.bootstrapServers());
        this.tally = PipelineTally.start(broker.bootstrapServers());
        this.groups = new ConsumerGroups(broker.bootstrapServers());
    }

    /** Starts the broker, the receiver and the pipeline in a fresh {@code workDir}. */
    public static FaultSuite start(Settings settings) {
        Path work = settings.workDir();
        if (Files.exists(work)) {
            deleteRecursively(work);
        }
        BrokerProcess broker = BrokerProcess.start(0, work.resolve("broker"));
        WebhookReceiver receiver = WebhookReceiver.start();
        Pipeline pipeline = null;
        try {
            pipeline = Pipeline.start(broker.bootstrapServers(), Map.of(), work.resolve("logs"), serviceProperties(receiver));
            return new FaultSuite(settings, broker, receiver, pipeline);
        } catch (RuntimeException e) {
            if (pipeline != null) {
                pipeline.close();
            }
            receiver.close();
            broker.close();
            throw e;
        }
    }

    static Map<String, String> serviceProperties(WebhookReceiver receiver) {
        Map<String, String> properties = new HashMap<>(receiver.subscriptionProperties(SUBSCRIPTION));
        properties.putAll(Map.of(
                "ingest.api.api-keys", API_KEY,
                "ingest.limits.requests-per-second", "100000",
                "ingest.limits.burst", "100000",
                // A crashed consumer's partitions move on after 6 s rather than Kafka's default 45 s.
                "spring.kafka.consumer.properties.session.timeout.ms", "6000",
                "spring.kafka.consumer.properties.heartbeat.interval.ms", "1500",
                // A crashed producer's open transaction is aborted after 10 s rather than 30 s.
                "spring.kafka.producer.properties.transaction.timeout.ms", "10000"));
        properties.putAll(Map.of(
                "notifier.delivery.max-attempts", "8",
                "notifier.delivery.initial-backoff", "200ms",
                "notifier.delivery.multiplier", "2.0",
                "notifier.delivery.max-backoff", "2s",
                "notifier.delivery.jitter", "50ms"));
        return properties;
    }

    public ReliabilityTable table() {
        return table;
    }

    public Pipeline pipeline() {
        return pipeline;
    }

    // ---------------------------------------------------------------- scenarios

    /** 1. SIGKILL classifier, ingest and notifier in turn at different points, restarting each. */
    public Row killServices() {
        int kills = settings.faults();
        List<Fault> faults = new ArrayList<>();
        List<PipelineService> order = List.of(PipelineService.CLASSIFIER, PipelineService.INGEST, PipelineService.NOTIFIER);
        int steps = kills * order.size();
        for (int i = 0; i < steps; i++) {
            PipelineService service = order.get(i % order.size());
            faults.add(new Fault((i + 1.0) / (steps + 1), () -> killAndRestart(pipeline.service(service))));
        }
        return run("1 SIGKILL services", kills + "x SIGKILL+restart each of classifier, ingest, notifier",
                new CandidateGenerator("faults-kill", "k"), faults, kills * DELIVERIES_IN_FLIGHT, List.of());
    }

    /** 2. SIGKILL the broker mid-run and restart it on its data. */
    public Row killBroker() {
        int kills = settings.faults();
        List<Fault> faults = IntStream.range(0, kills).mapToObj(i -> new Fault((i + 1.0) / (kills + 1), () -> {
            broker.kill();
            broker.restart();
        })).toList();
        return run("2 SIGKILL broker", kills + "x SIGKILL+restart of the broker",
                new CandidateGenerator("faults-broker", "b"), faults, kills * DELIVERIES_IN_FLIGHT, List.of());
    }

    /** 3. 1% poison records of four kinds, each to land in its dead-letter topic once, with its reason. */
    public Row poison() {
        CandidateGenerator candidates = new CandidateGenerator("faults-poison", "p");
        int poisons = Math.max(4, settings.candidates() / 100);
        List<Poison> planted = new ArrayList<>();
        for (int i = 0; i < poisons; i++) {
            planted.add(Poison.of(i, candidates.source()));
        }
        List<Fault> faults = List.of(new Fault(0.2, () -> planted.forEach(poison -> LoadDriver.await(
                driver.send(poison.topic(), poison.key(), poison.value())))));
        return run("3 poison records", poisons + " poison records (" + Poison.KINDS + ")", candidates, faults, 0,
                planted);
    }

    /**
     * 4. A second classifier joins mid-run; the first is frozen (SIGSTOP) past its poll interval, is
     * fenced on SIGCONT and commits nothing; then it is SIGKILLed for good.
     */
    public Row scaleOutAndIn() {
        ServiceProcess first = pipeline.service(PipelineService.CLASSIFIER);
        List<Fault> faults = List.of(
                new Fault(0.15, () -> pipeline.addInstance(PipelineService.CLASSIFIER, Map.of(
                        "spring.kafka.consumer.properties.max.poll.interval.ms",
                        Long.toString(CLASSIFIER_MAX_POLL_INTERVAL.toMillis())))),
                new Fault(0.4, () -> freezePastPollInterval(first)),
                new Fault(0.7, first::kill));
        return run("4 scale out and in", "2nd classifier joins; 1st SIGSTOPped past max.poll.interval.ms, "
                        + "SIGCONT (fenced), then SIGKILLed",
                new CandidateGenerator("faults-scale", "s"), faults, 0, List.of());
    }

    /**
     * 5. The recruiters' webhook answers 503 for a while, then recovers. "A while" is a few hundred
     * refused requests: at the suite's delivery rate a couple of seconds, well inside the retry budget
     * configured for the suite (8 attempts over about 9 s). An outage longer than the budget sends
     * notifications to the dead-letter topic, as configured; the long mode's first run showed it.
     */
    public Row webhookOutage() {
        int outage = Math.max(100, Math.min(300, settings.candidates() / 6));
        List<Fault> faults = List.of(
                new Fault(0.0, () -> receiver.failing(true)),
                new Fault(0.0, () -> {
                    long before = receiver.refused();
                    await().atMost(settings.settle()).until(() -> receiver.refused() - before >= outage);
                    receiver.failing(false);
                }));
        return run("5 webhook 503s", "webhook answers 503 to " + outage + " deliveries, then recovers",
                new CandidateGenerator("faults-webhook", "w"), faults, 0, List.of());
    }

    /**
     * 6. Erasure: tombstones for some candidates (through ingest's {@code DELETE}) remove them from the
     * live view of every compacted topic and, once compacted, from the topics read from the start; the
     * services forget them too (sent again, a candidate is accepted and notified as new).
     */
    public Row erasure() {
        int erasures = Math.min(100, settings.candidates() / 2);
        CandidateGenerator candidates = new CandidateGenerator("faults-erasure", "e");
        Erasure erasure = new Erasure(this, candidates, erasures);
        return run("6 erasure", erasures + " candidates erased, topics compacted", candidates, List.of(), 0,
                List.of(), erasure::check);
    }

    // ---------------------------------------------------------------- the engine

    /** A fault, injected once {@code at} (a share) of the run's candidates are routed. */
    record Fault(double at, Runnable inject) {
    }

    private Row run(String scenario, String description, CandidateGenerator candidates, List<Fault> faults,
                    int duplicateDeliveryBound, List<Poison> poisons) {
        return run(scenario, description, candidates, faults, duplicateDeliveryBound, poisons, problems -> {
        });
    }

    /** Checks run once the scenario's pipeline is quiet; they add what failed to {@code problems}. */
    interface Check {
        void check(List<String> problems);
    }

    private Row run(String scenario, String description, CandidateGenerator candidates, List<Fault> faults,
                    int duplicateDeliveryBound, List<Poison> poisons, Check afterQuiet) {
        int count = settings.candidates();
        List<String> keys = IntStream.range(0, count).mapToObj(candidates::key).toList();
        List<String> problems = new ArrayList<>();
        try (Feeder feeder = Feeder.start(driver, candidates, count, settings.window(),
                () -> tally.routedOf(candidates.source()))) {
            for (Fault fault : faults) {
                await().atMost(settings.settle()).until(() -> tally.routedOf(candidates.source()) >= fault.at() * count);
                fault.inject().run();
            }
            feeder.awaitPublished();
            List<String> poisonKeys = poisons.stream().map(Poison::key).toList();
            awaitQuiet(() -> tally.routedOf(candidates.source()) >= count
                    && receiver.receivedFor(keys).candidatesWithout().isEmpty()
                    && tally.deadLettersOf(poisonKeys).size() >= poisons.size(), problems);
            afterQuiet.check(problems);
        } catch (ConditionTimeoutException | IllegalStateException e) {
            problems.add("did not complete: " + e.getMessage());
        }
        Count tallied = tally.count(keys, poisons.stream().map(Poison::key).toList());
        Received received = receiver.receivedFor(keys);
        judge(tallied, received, duplicateDeliveryBound, poisons, problems);
        Row row = new Row(scenario, description, tallied, received, List.copyOf(problems));
        table.add(row);
        return row;
    }

    /** Waits until {@code done} holds and every consumer group of the pipeline has caught up. */
    private void awaitQuiet(BooleanSupplier done, List<String> problems) {
        try {
            await().atMost(settings.settle()).pollInterval(Duration.ofMillis(500))
                    .until(() -> done.getAsBoolean() && caughtUp() && tally.caughtUp());
        } catch (ConditionTimeoutException e) {
            problems.add("the pipeline did not settle within " + settings.settle() + " (lag: " + lagReport() + ")");
        }
    }

    private boolean caughtUp() {
        return lagReport().isEmpty();
    }

    private String lagReport() {
        StringBuilder lag = new StringBuilder();
        appendLag(lag, "ingest-service", List.of(Topics.ATS_CANDIDATE_EVENTS.name()), 0);
        appendLag(lag, "classifier-service", List.of(Topics.CANDIDATE_PROFILES.name()), 1);
        appendLag(lag, "notifier-service", List.of(Topics.CANDIDATE_CLASSIFICATIONS.name()), 1);
        // Not the retry topics: after a retried delivery, Spring Kafka's retry-topic consumer may hold
        // the offset of a paused partition back until that partition sees another record. Whether
        // every notification was delivered is asked of the receiver itself.
        appendLag(lag, DELIVERY_GROUP, List.of(Topics.NOTIFICATION_REQUESTS.name()), 1);
        return lag.toString();
    }

    private void appendLag(StringBuilder lag, String group, List<String> topics, long markerSlack) {
        var behind = groups.behind(group, topics, markerSlack);
        if (!behind.isEmpty()) {
            lag.append(group).append(' ').append(behind).append("; ");
        }
    }

    private void judge(Count count, Received received, int duplicateDeliveryBound, List<Poison> poisons,
                       List<String> problems) {
        if (!count.lost().isEmpty()) {
            problems.add(count.lost().size() + " candidates lost (no committed RoutingDecision): " + count.lost());
        }
        if (!count.duplicated().isEmpty()) {
            problems.add(count.duplicated().size() + " candidates duplicated (decisions per profile event): "
                    + count.duplicated());
        }
        Set<String> poisonKeys = Set.copyOf(poisons.stream().map(Poison::key).toList());
        List<PipelineTally.DeadLetter> goodDeadLetters = count.letters().stream()
                .filter(letter -> !poisonKeys.contains(letter.key())).toList();
        if (!goodDeadLetters.isEmpty()) {
            problems.add(goodDeadLetters.size() + " good records dead-lettered: " + goodDeadLetters);
        }
        for (Poison poison : poisons) {
            List<PipelineTally.DeadLetter> letters = count.letters().stream()
                    .filter(letter -> letter.key().equals(poison.key())).toList();
            if (letters.size() != 1 || !letters.get(0).topic().equals(poison.deadLetterTopic())
                    || letters.get(0).reason() == null || !letters.get(0).reason().contains(poison.reason())) {
                problems.add("poison " + poison.key() + " (" + poison.kind() + ") expected once in "
                        + poison.deadLetterTopic() + " with a reason containing '" + poison.reason() + "', found "
                        + letters);
            }
        }
        if (!received.candidatesWithout().isEmpty()) {
            problems.add(received.candidatesWithout().size() + " candidates never notified: "
                    + received.candidatesWithout());
        }
        if (received.rawDuplicates() > duplicateDeliveryBound) {
            problems.add(received.rawDuplicates() + " duplicate deliveries, more than in-flight work allows ("
                    + duplicateDeliveryBound + ")");
        }
        if (receiver.badSignatures() > 0) {
            problems.add(receiver.badSignatures() + " webhook deliveries with a signature that did not verify");
        }
    }

    // ---------------------------------------------------------------- faults

    private void killAndRestart(ServiceProcess service) {
        service.kill();
        service.restart(Pipeline.STARTUP);
    }

    /**
     * SIGSTOP, wait until the group has dropped the frozen member and its poll interval has passed,
     * SIGCONT: its next commit is refused (its generation is stale) and its open transaction aborted.
     */
    private void freezePastPollInterval(ServiceProcess classifier) {
        int members = groups.members("classifier-service");
        Instant frozen = Instant.now();
        classifier.suspend();
        try {
            await().atMost(settings.settle()).pollInterval(Duration.ofMillis(500)).until(() ->
                    groups.members("classifier-service") < members
                            && Duration.between(frozen, Instant.now()).compareTo(CLASSIFIER_MAX_POLL_INTERVAL) > 0);
        } finally {
            classifier.resume();
        }
    }

    // ---------------------------------------------------------------- 7. canaries

    /** Every canary found in any service log, across all scenarios so far; empty when none leaked. */
    public List<Canaries.Leak> canaryLeaks() {
        return Canaries.scan(pipeline.all().stream().map(ServiceProcess::log).distinct().toList());
    }

    // ---------------------------------------------------------------- access for scenario 6

    LoadDriver driver() {
        return driver;
    }

    PipelineTally tally() {
        return tally;
    }

    ConsumerGroups groups() {
        return groups;
    }

    WebhookReceiver receiver() {
        return receiver;
    }

    Settings settings() {
        return settings;
    }

    String bootstrapServers() {
        return broker.bootstrapServers();
    }

    @Override
    public void close() {
        tally.close();
        groups.close();
        driver.close();
        pipeline.close();
        receiver.close();
        broker.close();
    }

    private static void deleteRecursively(Path dir) {
        try (var paths = Files.walk(dir)) {
            paths.sorted(java.util.Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("Cannot clean " + dir, e);
        }
    }
}
