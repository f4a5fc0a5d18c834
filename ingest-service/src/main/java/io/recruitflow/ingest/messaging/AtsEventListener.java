package io.recruitflow.ingest.messaging;

import io.recruitflow.contracts.candidate.CandidateIntake;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Takes candidate JSON from the raw ATS topic through the same intake as the HTTP endpoint. The
 * value arrives as raw bytes: the JSON is read here, not in a deserializer, so a record that is
 * not a valid candidate reaches the dead-letter topic byte for byte, with the reason in headers.
 */
@Component
class AtsEventListener {

    private static final Logger log = LoggerFactory.getLogger(AtsEventListener.class);

    private final CandidateIntake intake;
    private final ProfilePublisher publisher;

    AtsEventListener(CandidateIntake intake, ProfilePublisher publisher) {
        this.intake = intake;
        this.publisher = publisher;
    }

    @KafkaListener(id = "ingest-ats-events", idIsGroup = false, topics = "#{T(io.recruitflow.contracts.topics.Topics).ATS_CANDIDATE_EVENTS.name()}")
    void onAtsEvent(ConsumerRecord<String, byte[]> record) {
        publisher.publish(intake.accept(record.value()));
        log.debug("Ingested ATS event from {}-{}@{}", record.topic(), record.partition(), record.offset());
    }
}
