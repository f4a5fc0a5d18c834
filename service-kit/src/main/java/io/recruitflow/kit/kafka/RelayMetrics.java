package io.recruitflow.kit.kafka;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import io.recruitflow.kit.observability.PipelineMetrics;

/**
 * What every relay reports once its batch has committed: the events written (counted as the
 * service chooses, and their latency from the ATS event), the batch's processing time, and its
 * dead letters.
 *
 * @param <O> the events the relay writes
 */
public abstract class RelayMetrics<O> implements EventRelay.Observer<O> {

    protected final PipelineMetrics metrics;
    private final Clock clock;
    private final String processingStage;
    private final String reachedStage;

    /**
     * @param processingStage the {@code stage} tag of the processing time, e.g. {@code classify}
     * @param reachedStage    the {@code stage} tag of the latency, e.g. {@code classified}
     */
    protected RelayMetrics(PipelineMetrics metrics, Clock clock, String processingStage, String reachedStage) {
        this.metrics = metrics;
        this.clock = clock;
        this.processingStage = processingStage;
        this.reachedStage = reachedStage;
    }

    /** Counts one committed event, e.g. by role. */
    protected abstract void count(O event);

    /** The ATS event time the event carries. */
    protected abstract Instant occurredAt(O event);

    @Override
    public final void relayed(O event) {
        count(event);
        metrics.reached(reachedStage, occurredAt(event), clock.instant());
    }

    @Override
    public final void batchRelayed(int records, Duration elapsed) {
        metrics.processed(processingStage, records, elapsed);
    }

    @Override
    public final void deadLettered(String inputTopic, Exception reason) {
        metrics.deadLettered(inputTopic, reason);
    }
}
