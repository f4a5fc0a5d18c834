package io.recruitflow.notifier.messaging;

import java.time.Clock;
import java.time.Duration;

import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.kafka.EventRelay;
import io.recruitflow.contracts.observability.PipelineMetrics;

/** Counts committed routing decisions by platform and review flag, their end-to-end latency, and dead letters. */
final class RoutingMetrics implements EventRelay.Observer<RoutingDecision> {

    static final String ROUTINGS = "recruitflow.routings";

    private final PipelineMetrics metrics;
    private final Clock clock;

    RoutingMetrics(PipelineMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void relayed(RoutingDecision decision) {
        metrics.counter(ROUTINGS, "platform", decision.getSuggestedPlatform().name(),
                "review", Boolean.toString(decision.getRequiresHumanReview())).increment();
        metrics.reached("routed", decision.getOccurredAt(), clock.instant());
    }

    @Override
    public void batchRelayed(int records, Duration elapsed) {
        metrics.processed("route", records, elapsed);
    }

    @Override
    public void deadLettered(String inputTopic, Exception reason) {
        metrics.deadLettered(inputTopic, reason);
    }
}
