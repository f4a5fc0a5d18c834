package io.recruitflow.notifier.messaging;

import java.time.Clock;
import java.time.Instant;

import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.kit.kafka.RelayMetrics;
import io.recruitflow.kit.observability.PipelineMetrics;

/** Counts committed routing decisions by platform and review flag, their end-to-end latency, and dead letters. */
final class RoutingMetrics extends RelayMetrics<RoutingDecision> {

    static final String ROUTINGS = "recruitflow.routings";

    RoutingMetrics(PipelineMetrics metrics, Clock clock) {
        super(metrics, clock, "route", "routed");
    }

    @Override
    protected void count(RoutingDecision decision) {
        metrics.counter(ROUTINGS, "platform", decision.getSuggestedPlatform().name(),
                "review", Boolean.toString(decision.getRequiresHumanReview())).increment();
    }

    @Override
    protected Instant occurredAt(RoutingDecision decision) {
        return decision.getOccurredAt();
    }
}
