package io.recruitflow.classifier.messaging;

import java.time.Clock;
import java.time.Instant;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.kit.kafka.RelayMetrics;
import io.recruitflow.kit.observability.PipelineMetrics;

/** Counts committed classifications by role, their latency from the ATS event, and dead letters. */
final class ClassificationMetrics extends RelayMetrics<CandidateClassified> {

    static final String CLASSIFICATIONS = "recruitflow.classifications";

    ClassificationMetrics(PipelineMetrics metrics, Clock clock) {
        super(metrics, clock, "classify", "classified");
    }

    @Override
    protected void count(CandidateClassified classified) {
        metrics.counter(CLASSIFICATIONS, "role", classified.getRole().name()).increment();
    }

    @Override
    protected Instant occurredAt(CandidateClassified classified) {
        return classified.getOccurredAt();
    }
}
