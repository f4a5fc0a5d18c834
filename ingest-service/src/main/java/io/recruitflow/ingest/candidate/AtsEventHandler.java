package io.recruitflow.ingest.candidate;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.candidate.CandidateIntake;
import io.recruitflow.contracts.candidate.CandidateValidator;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.ingest.formats.AtsEvent;
import io.recruitflow.ingest.formats.CandidateErasure;
import io.recruitflow.ingest.formats.CandidateUpsert;
import io.recruitflow.ingest.formats.NotACandidateEvent;
import io.recruitflow.kit.observability.PipelineMetrics;

/**
 * What becomes of an authenticated ATS event, whatever format it came in: a candidate is validated,
 * normalised and published; an erasure becomes a tombstone; anything else is answered as ignored.
 * The profile (or tombstone) and the receipts that account for it are written in one transaction
 * ({@link Transactions}): on Kafka, the listener's for the raw topic (with the consumed offsets), or
 * one of its own per HTTP request. A crash can therefore never leave a published profile without its
 * receipt, which would publish it a second time when the event is delivered again. Plain Java: the
 * event bus, the receipts and the transaction are ports, which the messaging and receipts adapters
 * implement.
 */
public final class AtsEventHandler {

    /** ATS events handled, by answer: accepted, unchanged, erased, ignored. */
    static final String EVENTS = "recruitflow.ingest.events";

    private final CandidateIntake intake;
    private final ProfileEvents publisher;
    private final Receipts receipts;
    private final Transactions transactions;
    private final CandidateValidator validator = new CandidateValidator();
    private final PipelineMetrics metrics;
    private final Clock clock;

    public AtsEventHandler(CandidateIntake intake, ProfileEvents publisher, Receipts receipts,
                           Transactions transactions, PipelineMetrics metrics, Clock clock) {
        this.intake = intake;
        this.publisher = publisher;
        this.receipts = receipts;
        this.transactions = transactions;
        this.metrics = metrics;
        this.clock = clock;
    }

    /**
     * A validated, normalised profile: published unless it is a re-delivery or unchanged.
     *
     * @throws PublishFailedException when the event bus did not take it (nothing was published)
     */
    public IngestAnswer publish(CandidateProfile profile) {
        return counted(transactions.inOne(() -> publishOne(profile)));
    }

    /** Validated, normalised profiles, all in one transaction: every one is published, or none. */
    public List<IngestAnswer> publishAll(List<CandidateProfile> profiles) {
        return transactions.inOne(() -> profiles.stream().map(this::publishOne).toList()).stream().map(this::counted)
                .toList();
    }

    private IngestAnswer publishOne(CandidateProfile profile) {
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
            transactions.afterCommit(() -> metrics.reached("profiled", profile.getOccurredAt(), clock.instant()));
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
            return counted(transactions.inOne(() -> erase(erasure)));
        }
        NotACandidateEvent ignored = (NotACandidateEvent) event;
        return counted(IngestAnswer.ignored(ignored.eventId(), ignored.reason()));
    }

    /** Counts the answer once the transaction that carried it (if any is still open) has committed. */
    private IngestAnswer counted(IngestAnswer answer) {
        transactions.afterCommit(() -> metrics.counter(EVENTS, "status", answer.status()).increment());
        return answer;
    }

    private IngestAnswer erase(CandidateErasure erasure) {
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
}
