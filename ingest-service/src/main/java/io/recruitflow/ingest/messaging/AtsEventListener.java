package io.recruitflow.ingest.messaging;

import java.time.Duration;
import java.util.List;

import io.recruitflow.contracts.candidate.InvalidCandidateException;
import io.recruitflow.contracts.candidate.Violation;
import io.recruitflow.contracts.kafka.EventRelay;
import io.recruitflow.contracts.observability.PipelineMetrics;
import io.recruitflow.ingest.candidate.AtsEventHandler;
import io.recruitflow.ingest.candidate.IngestAnswer;
import io.recruitflow.ingest.formats.CandidateFormat;
import io.recruitflow.ingest.formats.CandidateFormats;
import io.recruitflow.ingest.receipts.ReceiptStore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.BatchListenerFailedException;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes ATS events from the raw topic in any accepted format (see {@link RawAtsRecord}) through the
 * same handling as the HTTP endpoints. The value arrives as raw bytes and is read here, not in a
 * deserializer, so a record that is not a valid event reaches the dead-letter topic byte for byte,
 * with the reason in headers. An event that carries no candidate change is logged by id and skipped.
 *
 * <p>Records arrive in batches (up to {@code max.poll.records}), and a batch's writes are pipelined:
 * its profiles are sent one after another and acknowledged together, then its receipts are written
 * together, so a batch costs two round trips to the broker instead of three per event. A profile is
 * still acknowledged before its receipt is written, and the offsets are committed after both, so a
 * failure re-publishes (at least once, the same CloudEvents id) and never loses an event. A record
 * that cannot be accepted stops the batch there: what came before it is written and committed, the
 * record goes to the error handler (dead letter), and the rest is delivered again.
 */
@Component
class AtsEventListener {

    private static final Logger log = LoggerFactory.getLogger(AtsEventListener.class);

    private final CandidateFormats formats;
    private final AtsEventHandler events;
    private final JsonMapper json;

    private final ProfilePublisher publisher;
    private final ReceiptStore receipts;
    private final PipelineMetrics metrics;

    AtsEventListener(CandidateFormats formats, AtsEventHandler events, JsonMapper json, ProfilePublisher publisher,
                     ReceiptStore receipts, PipelineMetrics metrics) {
        this.formats = formats;
        this.events = events;
        this.json = json;
        this.publisher = publisher;
        this.receipts = receipts;
        this.metrics = metrics;
    }

    @KafkaListener(id = "ingest-ats-events", idIsGroup = false, batch = "true",
            topics = "#{T(io.recruitflow.contracts.topics.Topics).ATS_CANDIDATE_EVENTS.name()}")
    void onAtsEvents(List<ConsumerRecord<String, byte[]>> batch) {
        long started = System.nanoTime();
        publisher.deferAcks();
        receipts.deferWrites();
        try {
            for (ConsumerRecord<String, byte[]> record : batch) {
                try {
                    onAtsEvent(record);
                } catch (RuntimeException e) {
                    writeAll();
                    throw new BatchListenerFailedException(e.getMessage(), e, record);
                }
            }
            writeAll();
            metrics.processed("ingest", batch.size(), Duration.ofNanos(System.nanoTime() - started));
        } finally {
            publisher.discardAcks();
            receipts.discardWrites();
        }
    }

    /** Profiles first, acknowledged; then the receipts that say they were published. */
    private void writeAll() {
        publisher.awaitAcks();
        receipts.flushWrites();
    }

    private void onAtsEvent(ConsumerRecord<String, byte[]> record) {
        try (MDC.MDCCloseable key = MDC.putCloseable(EventRelay.CANDIDATE_KEY, record.key())) {
            handle(record);
        }
    }

    private void handle(ConsumerRecord<String, byte[]> record) {
        RawAtsRecord raw = RawAtsRecord.of(record.value(), record.headers(), json);
        CandidateFormat format = formats.forSource(raw.format()).orElseThrow(() -> new InvalidCandidateException(
                List.of(new Violation("ce_type", "names no accepted format"))));
        IngestAnswer answer = events.handle(format.read(raw.payload(), raw.headers()));
        log.debug("ATS event {} from {}-{}@{}: {}", answer.eventId(), record.topic(), record.partition(), record.offset(),
                answer.status());
    }
}
