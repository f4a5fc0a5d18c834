package io.recruitflow.ingest.messaging;

import java.time.Duration;
import java.util.List;

import io.recruitflow.contracts.candidate.InvalidCandidateException;
import io.recruitflow.contracts.candidate.Violation;
import io.recruitflow.ingest.candidate.AtsEventHandler;
import io.recruitflow.ingest.candidate.IngestAnswer;
import io.recruitflow.ingest.candidate.PublishFailedException;
import io.recruitflow.ingest.formats.CandidateFormat;
import io.recruitflow.ingest.formats.CandidateFormats;
import io.recruitflow.ingest.formats.ProfileFetchFailedException;
import io.recruitflow.kit.kafka.AfterCommit;
import io.recruitflow.kit.kafka.ConsumedRecord;
import io.recruitflow.kit.kafka.DeadLettering;
import io.recruitflow.kit.observability.PipelineMetrics;
import io.recruitflow.kit.observability.RecordTracing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes ATS events from the raw topic in any accepted format (see {@link RawAtsRecord}) through the
 * same handling as the HTTP endpoints, a batch at a time in one Kafka transaction: the profiles,
 * their receipts, the dead letters and the consumed offsets commit together or not at all, so a
 * crash anywhere re-reads the batch and publishes nothing twice. The value arrives as raw bytes and
 * is read here, not in a deserializer, so a record that is not a valid event reaches the dead-letter
 * topic byte for byte, with the reason in headers, and the rest of the batch flows on. When the
 * event bus or an ATS (a Lever profile fetch) fails, the batch rolls back and is retried with
 * back-off (the service kit's {@code PipelineKafkaAutoConfiguration}): those failures pass,
 * dead-lettering would lose good events. An event that carries no candidate change is logged by id
 * and skipped. Each event is handled in a span of its own that continues the {@code traceparent} the
 * ATS sent, if any.
 */
@Component
class AtsEventListener {

    private static final Logger log = LoggerFactory.getLogger(AtsEventListener.class);

    private final CandidateFormats formats;
    private final AtsEventHandler events;
    private final JsonMapper json;
    private final DeadLetterPublishingRecoverer deadLetters;
    private final PipelineMetrics metrics;
    private final RecordTracing tracing;

    AtsEventListener(CandidateFormats formats, AtsEventHandler events, JsonMapper json,
                     KafkaOperations<String, Object> kafka, PipelineMetrics metrics, RecordTracing tracing) {
        this.formats = formats;
        this.events = events;
        this.json = json;
        this.deadLetters = DeadLettering.recoverer(kafka);
        this.metrics = metrics;
        this.tracing = tracing;
    }

    @KafkaListener(id = "ingest-ats-events", idIsGroup = false, batch = "true",
            topics = "#{T(io.recruitflow.contracts.topics.Topics).ATS_CANDIDATE_EVENTS.name()}")
    void onAtsEvents(List<ConsumerRecord<String, byte[]>> batch) {
        long started = System.nanoTime();
        for (ConsumerRecord<String, byte[]> record : batch) {
            ConsumedRecord.handle(record, tracing, "ingest ats-event", () -> {
                onAtsEvent(record);
                return null;
            });
        }
        Duration elapsed = Duration.ofNanos(System.nanoTime() - started);
        AfterCommit.run(() -> metrics.processed("ingest", batch.size(), elapsed));
    }

    private void onAtsEvent(ConsumerRecord<String, byte[]> record) {
        IngestAnswer answer;
        try {
            answer = handle(record);
        } catch (PublishFailedException | ProfileFetchFailedException passing) {
            throw passing;
        } catch (RuntimeException e) {
            DeadLettering.send(deadLetters, record, e);
            AfterCommit.run(() -> metrics.deadLettered(record.topic(), e));
            return;
        }
        log.debug("ATS event {} from {}-{}@{}: {}", answer.eventId(), record.topic(), record.partition(),
                record.offset(), answer.status());
    }

    private IngestAnswer handle(ConsumerRecord<String, byte[]> record) {
        RawAtsRecord raw = RawAtsRecord.of(record.value(), record.headers(), json);
        CandidateFormat format = formats.forSource(raw.format()).orElseThrow(() -> new InvalidCandidateException(
                List.of(new Violation("ce_type", "names no accepted format"))));
        return events.handle(format.read(raw.payload(), raw.headers()));
    }
}
