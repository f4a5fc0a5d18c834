package io.recruitflow.ingest.web;

import java.util.List;
import java.util.UUID;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.candidate.CandidateIntake;
import io.recruitflow.contracts.candidate.InvalidCandidateException;
import io.recruitflow.contracts.candidate.Violation;
import io.recruitflow.ingest.messaging.ProfilePublisher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/candidates}: one candidate as canonical JSON. {@code 202 Accepted} once the
 * {@code CandidateProfile} event is durably on Kafka; {@code 400} problem+json naming each bad field.
 */
@RestController
class CandidateController {

    private static final Logger log = LoggerFactory.getLogger(CandidateController.class);

    private final CandidateIntake intake;
    private final ProfilePublisher publisher;

    CandidateController(CandidateIntake intake, ProfilePublisher publisher) {
        this.intake = intake;
        this.publisher = publisher;
    }

    @PostMapping(path = "/api/v1/candidates", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    IngestAnswer submit(@RequestBody byte[] body) {
        CandidateProfile profile = intake.accept(body);
        publisher.publish(profile);
        log.info("Accepted event {} for candidate {}", profile.getEventId(), profile.getCandidateKey());
        return IngestAnswer.accepted(profile.getEventId(), profile.getCandidateKey());
    }

    /**
     * {@code DELETE /api/v1/candidates/{key}}: erase the candidate (GDPR Art. 17) with a tombstone on
     * the profiles topic; downstream services forget it in turn.
     */
    @DeleteMapping(path = "/api/v1/candidates/{candidateKey}", produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    IngestAnswer erase(@PathVariable String candidateKey) {
        int colon = candidateKey.indexOf(':');
        if (colon < 1 || colon == candidateKey.length() - 1) {
            throw new InvalidCandidateException(List.of(new Violation("candidateKey", "must be <source>:<externalId>")));
        }
        String eventId = "erasure-" + UUID.randomUUID();
        publisher.publishErasure(candidateKey, eventId);
        log.info("Erased candidate {} with event {}", candidateKey, eventId);
        return IngestAnswer.erased(eventId, candidateKey);
    }

}
