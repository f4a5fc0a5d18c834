package io.recruitflow.classifier.messaging;

import java.util.List;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.classifier.rollout.ModelRolloutListener;
import io.recruitflow.kit.kafka.EventRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.listener.AbstractConsumerSeekAware;
import org.springframework.stereotype.Component;

/**
 * Thin adapter: a batch of profiles in, classifications out, in one Kafka transaction. When a new
 * role model is rolled out it replays its partitions of the compacted profiles topic from the
 * beginning, so every current profile is classified again under the new version.
 */
@Component
class ProfileListener extends AbstractConsumerSeekAware implements ModelRolloutListener {

    private static final Logger log = LoggerFactory.getLogger(ProfileListener.class);

    private final EventRelay<CandidateProfile, CandidateClassified> relay;
    private final boolean reclassifyOnModelChange;

    ProfileListener(EventRelay<CandidateProfile, CandidateClassified> relay, MessagingProperties properties) {
        this.relay = relay;
        this.reclassifyOnModelChange = properties.reclassifyOnModelChange();
    }

    @KafkaListener(id = "classifier-profiles", idIsGroup = false, batch = "true",
            topics = "#{T(io.recruitflow.contracts.topics.Topics).CANDIDATE_PROFILES.name()}")
    void onProfiles(List<ConsumerRecord<String, CandidateProfile>> batch) {
        relay.relay(batch);
    }

    @Override
    public void modelRolledOut() {
        if (reclassifyOnModelChange) {
            log.info("Reclassifying: replaying {} assigned profile partitions from the beginning",
                    getTopicsAndCallbacks().size());
            // Queued: the consumer thread seeks before its next poll.
            seekToBeginning();
        }
    }
}
