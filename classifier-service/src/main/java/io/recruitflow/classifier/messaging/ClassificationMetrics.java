package io.recruitflow.classifier.messaging;

import java.time.Clock;
import java.time.Duration;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.contracts.kafka.EventRelay;
import io.recruitflow.contracts.observability.PipelineMetrics;

/** Counts committed classifications by role, their latency from the ATS event, and dead letters. */
final class ClassificationMetrics implements EventRelay.Observer<CandidateClassified> {

    static final String CLASSIFICATIONS = "recruitflow.classifications";

    private final PipelineMetrics metrics;
    private final Clock clock;

    ClassificationMetrics(PipelineMetrics metrics, Clock clock) {
        this.metrics = metrics;
        this.clock = clock;
    }

    @Override
    public void relayed(CandidateClassified classified) {
        metrics.counter(CLASSIFICATIONS, "role", classified.getRole().name()).increment();
        metrics.reached("classified", classified.getOccurredAt(), clock.instant());
    }

    @Override
    public void batchRelayed(int records, Duration elapsed) {
        metrics.processed("classify", records, elapsed);
    }

    @Override
    public void deadLettered(String inputTopic, Exception reason) {
        metrics.deadLettered(inputTopic, reason);
    }
}
