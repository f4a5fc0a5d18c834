package io.recruitflow.ingest.candidate;

import java.time.Clock;
import java.util.Optional;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.candidate.CandidateIntake;
import io.recruitflow.contracts.candidate.CandidateValidator;
import io.recruitflow.contracts.observability.PipelineMetrics;
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

    /** ATS events handled, by answer: accepted, unchanged, erased, ignored. */
    static final String EVENTS = "recruitflow.ingest.events";

    private final CandidateIntake intake;
    private final ProfilePublisher publisher;
    private final Receipts receipts;
    private final CandidateValidator validator = new CandidateValidator();
    private final PipelineMetrics metrics;
    private final Clock clock = Clock.systemUTC();

    AtsEventHandler(CandidateIntake intake, ProfilePublisher publisher, Receipts receipts, PipelineMetrics metrics) {
        this.intake = intake;
        this.publisher = publisher;
        this.receipts = receipts;
        this.metrics = metrics;
    }

    /** A validated, normalised profile: published unless it is a re-delivery or unchanged. */
    public IngestAnswer publish(CandidateProfile profile) {
        return counted(publishOnce(profile));
    }

    private IngestAnswer publishOnce(CandidateProfile profile) {
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
            metrics.reached("profiled", profile.getOccurredAt(), clock.instant());
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
        return counted(handleOther(event));
    }

    private IngestAnswer handleOther(AtsEvent event) {
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

    private IngestAnswer counted(IngestAnswer answer) {
        metrics.counter(EVENTS, "status", answer.status()).increment();
        return answer;
    }
}
