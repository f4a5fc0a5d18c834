package io.recruitflow.ingest.messaging;

import java.time.Clock;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.cloudevents.CloudEventHeaders;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.ingest.IngestProperties;
import io.recruitflow.ingest.candidate.ProfileEvents;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.stereotype.Component;

/**
 * The single writer of the profiles topic: publishes {@code CandidateProfile} events (and erasure
 * tombstones) keyed by the candidate key, with CloudEvents headers, in the caller's Kafka
 * transaction ({@code acks=all}, idempotent and transactional producer): nothing is seen downstream
 * until that transaction commits, and its commit is the broker's acknowledgement.
 */
@Component
class ProfilePublisher implements ProfileEvents {

    private final KafkaTemplate<String, Object> kafka;
    private final String serviceSource;
    private final Clock clock;

    ProfilePublisher(KafkaTemplate<String, Object> kafka, IngestProperties properties, Clock clock) {
        this.kafka = kafka;
        this.serviceSource = properties.serviceSource();
        this.clock = clock;
    }

    /** Publishes the profile in the caller's transaction. */
    @Override
    public void publish(CandidateProfile profile) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(
                Topics.CANDIDATE_PROFILES.name(), profile.getCandidateKey(), profile);
        CloudEventHeaders.stamp(record.headers(), Topics.CANDIDATE_PROFILES,
                profile.getSource() + ":" + profile.getEventId(), serviceSource, profile.getCandidateKey(),
                profile.getReceivedAt());
        kafka.send(record);
    }

    /**
     * Erases a candidate (GDPR Art. 17): a tombstone for its key on the compacted profiles topic, in
     * the caller's transaction, which classifier and notifier turn into tombstones on their own topics.
     */
    @Override
    public void publishErasure(String candidateKey, String eventId) {
        ProducerRecord<String, Object> tombstone = new ProducerRecord<>(Topics.CANDIDATE_PROFILES.name(), candidateKey, null);
        CloudEventHeaders.stamp(tombstone.headers(), Topics.CANDIDATE_PROFILES, eventId, serviceSource, candidateKey,
                clock.instant());
        kafka.send(tombstone);
    }
}
