package io.recruitflow.ingest.candidate;

import java.util.Optional;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.candidate.CandidateIntake;
import io.recruitflow.contracts.candidate.CandidateValidator;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.ingest.formats.AtsEvent;
import io.recruitflow.ingest.formats.CandidateErasure;
import io.recruitflow.ingest.formats.CandidateUpsert;
import io.recruitflow.ingest.formats.NotACandidateEvent;
import io.recruitflow.ingest.messaging.ProfilePublisher;
import io.recruitflow.ingest.receipts.Receipts;
import org.springframework.stereotype.Component;

/**
 * What becomes of an authenticated ATS event, whatever format it came in: a candidate is validated,
 * normalised and published; an erasure becomes a tombstone; anything else is answered as ignored.
 */
@Component
public class AtsEventHandler {

    private final CandidateIntake intake;
    private final ProfilePublisher publisher;
    private final Receipts receipts;
    private final CandidateValidator validator = new CandidateValidator();

    AtsEventHandler(CandidateIntake intake, ProfilePublisher publisher, Receipts receipts) {
        this.intake = intake;
        this.publisher = publisher;
        this.receipts = receipts;
    }

    /** A validated, normalised profile: published unless it is a re-delivery or unchanged. */
    public IngestAnswer publish(CandidateProfile profile) {
        Optional<IngestAnswer> first = receipts.answered(profile.getSource(), profile.getEventId());
        if (first.isPresent()) {
            return first.get();
        }
        IngestAnswer answer;
        Optional<String> changed = receipts.changedContent(profile);
        if (changed.isEmpty()) {
            answer = IngestAnswer.unchanged(profile.getEventId(), profile.getCandidateKey());
        } else {
            publisher.publish(profile);
            receipts.rememberContent(profile.getCandidateKey(), changed.get());
            answer = IngestAnswer.accepted(profile.getEventId(), profile.getCandidateKey());
        }
        receipts.remember(profile.getSource(), profile.getEventId(), answer);
        return answer;
    }

    /**
     * A re-delivered event (same source and event id) publishes nothing and gets the first answer;
     * a candidate whose normalised content has not changed is answered {@code unchanged}.
     *
     * @throws io.recruitflow.contracts.candidate.InvalidCandidateException naming each bad field
     */
    public IngestAnswer handle(AtsEvent event) {
        if (event instanceof CandidateUpsert upsert) {
            return publish(intake.accept(upsert.candidate()));
        }
        if (event instanceof CandidateErasure erasure) {
            validator.validateIdentifiers(erasure.source(), erasure.externalId(), erasure.eventId());
            Optional<IngestAnswer> first = receipts.answered(erasure.source(), erasure.eventId());
            if (first.isPresent()) {
                return first.get();
            }
            String candidateKey = Topics.candidateKey(erasure.source().trim(), erasure.externalId().trim());
            publisher.publishErasure(candidateKey, erasure.source() + ":" + erasure.eventId());
            receipts.forget(candidateKey);
            IngestAnswer answer = IngestAnswer.erased(erasure.eventId(), candidateKey);
            receipts.remember(erasure.source(), erasure.eventId(), answer);
            return answer;
        }
        NotACandidateEvent ignored = (NotACandidateEvent) event;
        return IngestAnswer.ignored(ignored.eventId(), ignored.reason());
    }
}
