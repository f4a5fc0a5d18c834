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
 * What the fault scenarios ({@link FaultSuite}) run on: one standalone broker and the three services
 * as their own JVMs, a loopback webhook receiver subscribed to every routing decision, and the run of
 * one scenario: feed its candidates closed-loop ({@link Feeder}), inject its faults at points of
 * progress (a share of its candidates routed), wait until the pipeline is quiet (everything routed
 * and notified, every consumer group caught up) and judge it into a row of the
 * {@link ReliabilityTable}, with every lost or duplicated candidate key named in its problems.
 */
public final class FaultEngine implements AutoCloseable {

    static final String API_KEY = "faults-api-key";
    static final String SUBSCRIPTION = "faults";
    /** The classifier's poll interval in the suite: a frozen instance is out of the group after it. */
    static final Duration CLASSIFIER_MAX_POLL_INTERVAL = Duration.ofSeconds(10);
    /** In-flight deliveries one notifier instance may repeat after a crash: consumers x records per poll. */
    static final int DELIVERIES_IN_FLIGHT = 2 * 10 * 6;
    private static final String DELIVERY_GROUP = "notifier-service-deliveries";

    private final FaultSettings settings;
    private final BrokerProcess broker;
    private final WebhookReceiver receiver;
    private final Pipeline pipeline;
    private final LoadDriver driver;
    private final PipelineTally tally;
    private final ConsumerGroups groups;
    private final ReliabilityTable table = new ReliabilityTable();

    private FaultEngine(FaultSettings settings, BrokerProcess broker, WebhookReceiver receiver, Pipeline pipeline) {
        this.settings = settings;
        this.broker = broker;
        this.receiver = receiver;
        this.pipeline = pipeline;
        this.driver = new LoadDriver(broker.bootstrapServers());
        this.tally = PipelineTally.start(broker.bootstrapServers());
        this.groups = new ConsumerGroups(broker.bootstrapServers());
    }

    /** Starts the broker, the receiver and the pipeline in a fresh {@code workDir}. */
    static FaultEngine start(FaultSettings settings) {
        Path work = settings.workDir();
        if (Files.exists(work)) {
            deleteRecursively(work);
        }
        BrokerProcess broker = BrokerProcess.start(0, work.resolve("broker"));
        WebhookReceiver receiver = WebhookReceiver.start();
        Pipeline pipeline = null;
        try {
            pipeline = Pipeline.start(broker.bootstrapServers(), Map.of(), work.resolve("logs"), serviceProperties(receiver));
            return new FaultEngine(settings, broker, receiver, pipeline);
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

    /** A fault, injected once {@code at} (a share) of the run's candidates are routed. */
    record Fault(double at, Runnable inject) {
    }

    Row run(String scenario, String description, CandidateGenerator candidates, List<Fault> faults,
                    int duplicateDeliveryBound, List<Poison> poisons) {
        return run(scenario, description, candidates, faults, duplicateDeliveryBound, poisons, problems -> {
        });
    }

    /** Checks run once the scenario's pipeline is quiet; they add what failed to {@code problems}. */
    interface Check {
        void check(List<String> problems);
    }

    Row run(String scenario, String description, CandidateGenerator candidates, List<Fault> faults,
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

    void killAndRestart(ServiceProcess service) {
        service.kill();
        service.restart(Pipeline.STARTUP);
    }

    /**
     * SIGSTOP, wait until the group has dropped the frozen member and its poll interval has passed,
     * SIGCONT: its next commit is refused (its generation is stale) and its open transaction aborted.
     */
    void freezePastPollInterval(ServiceProcess classifier) {
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

    /** Every canary found in any service log, across all scenarios so far; empty when none leaked. */
    public List<Canaries.Leak> canaryLeaks() {
        return Canaries.scan(pipeline.all().stream().map(ServiceProcess::log).distinct().toList());
    }

    // ---------------------------------------------------------------- access for the scenarios

    BrokerProcess broker() {
        return broker;
    }

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

    FaultSettings settings() {
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
