package io.recruitflow.harness.faults;

import static org.awaitility.Awaitility.await;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import io.recruitflow.harness.Pipeline;
import io.recruitflow.harness.PipelineService;
import io.recruitflow.harness.ServiceProcess;
import io.recruitflow.harness.faults.ReliabilityTable.Row;
import io.recruitflow.harness.load.Canaries;
import io.recruitflow.harness.load.CandidateGenerator;
import io.recruitflow.harness.load.LoadDriver;

/**
 * The fault-injection scenarios, each on candidates of its own source so they can share the running
 * pipeline of a {@link FaultEngine}, which runs and judges them: what each breaks, when, and what it
 * allows (the duplicate deliveries in-flight work may repeat, the poison records it plants).
 */
public final class FaultSuite implements AutoCloseable {

    private final FaultEngine engine;

    private FaultSuite(FaultEngine engine) {
        this.engine = engine;
    }

    /** Starts the broker, the receiver and the pipeline in a fresh {@code workDir}. */
    public static FaultSuite start(FaultSettings settings) {
        return new FaultSuite(FaultEngine.start(settings));
    }

    public ReliabilityTable table() {
        return engine.table();
    }

    public Pipeline pipeline() {
        return engine.pipeline();
    }

    /** Every canary found in any service log, across all scenarios so far; empty when none leaked. */
    public List<Canaries.Leak> canaryLeaks() {
        return engine.canaryLeaks();
    }

    /** 1. SIGKILL classifier, ingest and notifier in turn at different points, restarting each. */
    public Row killServices() {
        int kills = engine.settings().faults();
        List<FaultEngine.Fault> faults = new ArrayList<>();
        List<PipelineService> order = List.of(PipelineService.CLASSIFIER, PipelineService.INGEST, PipelineService.NOTIFIER);
        int steps = kills * order.size();
        for (int i = 0; i < steps; i++) {
            PipelineService service = order.get(i % order.size());
            faults.add(new FaultEngine.Fault((i + 1.0) / (steps + 1), () -> engine.killAndRestart(engine.pipeline().service(service))));
        }
        return engine.run("1 SIGKILL services", kills + "x SIGKILL+restart each of classifier, ingest, notifier",
                new CandidateGenerator("faults-kill", "k"), faults, kills * FaultEngine.DELIVERIES_IN_FLIGHT, List.of());
    }

    /** 2. SIGKILL the broker mid-run and restart it on its data. */
    public Row killBroker() {
        int kills = engine.settings().faults();
        List<FaultEngine.Fault> faults = IntStream.range(0, kills).mapToObj(i -> new FaultEngine.Fault((i + 1.0) / (kills + 1), () -> {
            engine.broker().kill();
            engine.broker().restart();
        })).toList();
        return engine.run("2 SIGKILL broker", kills + "x SIGKILL+restart of the broker",
                new CandidateGenerator("faults-broker", "b"), faults, kills * FaultEngine.DELIVERIES_IN_FLIGHT, List.of());
    }

    /** 3. 1% poison records of four kinds, each to land in its dead-letter topic once, with its reason. */
    public Row poison() {
        CandidateGenerator candidates = new CandidateGenerator("faults-poison", "p");
        int poisons = Math.max(4, engine.settings().candidates() / 100);
        List<Poison> planted = new ArrayList<>();
        for (int i = 0; i < poisons; i++) {
            planted.add(Poison.of(i, candidates.source()));
        }
        List<FaultEngine.Fault> faults = List.of(new FaultEngine.Fault(0.2, () -> planted.forEach(poison -> LoadDriver.await(
                engine.driver().send(poison.topic(), poison.key(), poison.value())))));
        return engine.run("3 poison records", poisons + " poison records (" + Poison.KINDS + ")", candidates, faults, 0,
                planted);
    }

    /**
     * 4. A second classifier joins mid-run; the first is frozen (SIGSTOP) past its poll interval, is
     * fenced on SIGCONT and commits nothing; then it is SIGKILLed for good.
     */
    public Row scaleOutAndIn() {
        ServiceProcess first = engine.pipeline().service(PipelineService.CLASSIFIER);
        List<FaultEngine.Fault> faults = List.of(
                new FaultEngine.Fault(0.15, () -> engine.pipeline().addInstance(PipelineService.CLASSIFIER, Map.of(
                        "spring.kafka.consumer.properties.max.poll.interval.ms",
                        Long.toString(FaultEngine.CLASSIFIER_MAX_POLL_INTERVAL.toMillis())))),
                new FaultEngine.Fault(0.4, () -> engine.freezePastPollInterval(first)),
                new FaultEngine.Fault(0.7, first::kill));
        return engine.run("4 scale out and in", "2nd classifier joins; 1st SIGSTOPped past max.poll.interval.ms, "
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
        int outage = Math.max(100, Math.min(300, engine.settings().candidates() / 6));
        List<FaultEngine.Fault> faults = List.of(
                new FaultEngine.Fault(0.0, () -> engine.receiver().failing(true)),
                new FaultEngine.Fault(0.0, () -> {
                    long before = engine.receiver().refused();
                    await().atMost(engine.settings().settle()).until(() -> engine.receiver().refused() - before >= outage);
                    engine.receiver().failing(false);
                }));
        return engine.run("5 webhook 503s", "webhook answers 503 to " + outage + " deliveries, then recovers",
                new CandidateGenerator("faults-webhook", "w"), faults, 0, List.of());
    }

    /**
     * 6. Erasure: tombstones for some candidates (through ingest's {@code DELETE}) remove them from the
     * live view of every compacted topic and, once compacted, from the topics read from the start; the
     * services forget them too (sent again, a candidate is accepted and notified as new).
     */
    public Row erasure() {
        int erasures = Math.min(100, engine.settings().candidates() / 2);
        CandidateGenerator candidates = new CandidateGenerator("faults-erasure", "e");
        Erasure erasure = new Erasure(engine, candidates, erasures);
        return engine.run("6 erasure", erasures + " candidates erased, topics compacted", candidates, List.of(), 0,
                List.of(), erasure::check);
    }

    @Override
    public void close() {
        engine.close();
    }
}
