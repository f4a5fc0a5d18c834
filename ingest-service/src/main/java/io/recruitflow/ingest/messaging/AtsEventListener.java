package io.recruitflow.ingest.messaging;

import java.util.List;

import io.recruitflow.contracts.candidate.InvalidCandidateException;
import io.recruitflow.contracts.candidate.Violation;
import io.recruitflow.ingest.candidate.AtsEventHandler;
import io.recruitflow.ingest.candidate.IngestAnswer;
import io.recruitflow.ingest.formats.CandidateFormat;
import io.recruitflow.ingest.formats.CandidateFormats;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Takes ATS events from the raw topic in any accepted format (see {@link RawAtsRecord}) through the
 * same handling as the HTTP endpoints. The value arrives as raw bytes and is read here, not in a
 * deserializer, so a record that is not a valid event reaches the dead-letter topic byte for byte,
 * with the reason in headers. An event that carries no candidate change is logged by id and skipped.
 */
@Component
class AtsEventListener {

    private static final Logger log = LoggerFactory.getLogger(AtsEventListener.class);

    private final CandidateFormats formats;
    private final AtsEventHandler events;
    private final JsonMapper json;

    AtsEventListener(CandidateFormats formats, AtsEventHandler events, JsonMapper json) {
        this.formats = formats;
        this.events = events;
        this.json = json;
    }

    @KafkaListener(id = "ingest-ats-events", idIsGroup = false, topics = "#{T(io.recruitflow.contracts.topics.Topics).ATS_CANDIDATE_EVENTS.name()}")
    void onAtsEvent(ConsumerRecord<String, byte[]> record) {
        RawAtsRecord raw = RawAtsRecord.of(record.value(), record.headers(), json);
        CandidateFormat format = formats.forSource(raw.format()).orElseThrow(() -> new InvalidCandidateException(
                List.of(new Violation("ce_type", "names no accepted format"))));
        IngestAnswer answer = events.handle(format.read(raw.payload(), raw.headers()));
        log.info("ATS event {} from {}-{}@{}: {}", answer.eventId(), record.topic(), record.partition(), record.offset(),
                answer.status());
    }
}
