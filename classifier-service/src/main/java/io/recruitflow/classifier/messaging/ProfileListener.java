package io.recruitflow.classifier.messaging;

import java.util.List;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.kafka.EventRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter: a batch of profiles in, classifications out, in one Kafka transaction. */
@Component
class ProfileListener {

    private final EventRelay<CandidateProfile, CandidateClassified> relay;

    ProfileListener(EventRelay<CandidateProfile, CandidateClassified> relay) {
        this.relay = relay;
    }

    @KafkaListener(id = "classifier-profiles", batch = "true",
            topics = "#{T(io.recruitflow.contracts.topics.Topics).CANDIDATE_PROFILES.name()}")
    void onProfiles(List<ConsumerRecord<String, CandidateProfile>> batch) {
        relay.relay(batch);
    }
}
