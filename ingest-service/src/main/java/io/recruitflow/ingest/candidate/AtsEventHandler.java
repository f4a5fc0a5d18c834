package io.recruitflow.ingest.candidate;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.candidate.CandidateIntake;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.ingest.formats.AtsEvent;
import io.recruitflow.ingest.formats.CandidateErasure;
import io.recruitflow.ingest.formats.CandidateUpsert;
import io.recruitflow.ingest.formats.NotACandidateEvent;
import io.recruitflow.ingest.messaging.ProfilePublisher;
import org.springframework.stereotype.Component;

/**
 * What becomes of an authenticated ATS event, whatever format it came in: a candidate is validated,
 * normalised and published; an erasure becomes a tombstone; anything else is answered as ignored.
 */
@Component
public class AtsEventHandler {

    private final CandidateIntake intake;
    private final ProfilePublisher publisher;

    AtsEventHandler(CandidateIntake intake, ProfilePublisher publisher) {
        this.intake = intake;
        this.publisher = publisher;
    }

    /** @throws io.recruitflow.contracts.candidate.InvalidCandidateException naming each bad field */
    public IngestAnswer handle(AtsEvent event) {
        if (event instanceof CandidateUpsert upsert) {
            CandidateProfile profile = intake.accept(upsert.candidate());
            publisher.publish(profile);
            return IngestAnswer.accepted(profile.getEventId(), profile.getCandidateKey());
        }
        if (event instanceof CandidateErasure erasure) {
            String candidateKey = Topics.candidateKey(erasure.source(), erasure.externalId());
            publisher.publishErasure(candidateKey, erasure.source() + ":" + erasure.eventId());
            return IngestAnswer.erased(erasure.eventId(), candidateKey);
        }
        NotACandidateEvent ignored = (NotACandidateEvent) event;
        return IngestAnswer.ignored(ignored.eventId(), ignored.reason());
    }
}
