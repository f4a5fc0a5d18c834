package io.recruitflow.ingest.web;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import io.recruitflow.contracts.candidate.CandidateIntake;
import io.recruitflow.contracts.candidate.InvalidCandidateException;
import io.recruitflow.contracts.candidate.Violation;
import io.recruitflow.ingest.candidate.AtsEventHandler;
import io.recruitflow.ingest.candidate.IngestAnswer;
import io.recruitflow.ingest.formats.CandidateErasure;
import io.recruitflow.ingest.formats.CandidateFormat;
import io.recruitflow.ingest.formats.CandidateFormats;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * ingest's own candidate API, behind the kit's security chain (an API key, a Standard Webhooks
 * signature or an OAuth2 JWT, {@code pipeline.security.*}):
 * {@code POST /api/v1/candidates} answers {@code 202 Accepted} once the {@code CandidateProfile}
 * event is durably on Kafka, {@code 400} problem+json naming each bad field;
 * {@code DELETE /api/v1/candidates/{key}} erases a candidate.
 */
@RestController
class CandidateController {

    private static final Logger log = LoggerFactory.getLogger(CandidateController.class);

    private final CandidateFormats formats;
    private final AtsEventHandler events;
    private final CandidateIntake intake;
    private final int maxBatchSize;

    CandidateController(CandidateFormats formats, AtsEventHandler events, CandidateIntake intake,
                        CandidateApiProperties properties) {
        this.formats = formats;
        this.events = events;
        this.intake = intake;
        this.maxBatchSize = properties.maxBatchSize();
    }

    /**
     * One candidate as canonical JSON ({@code application/json}) or as a JSON Resume
     * ({@code application/vnd.jsonresume+json}, or {@code ?format=jsonresume}; the pipeline's ids then
     * come in the {@code X-Candidate-Source}, {@code X-Candidate-Id} and {@code X-Event-Id} headers).
     */
    @PostMapping(path = "/api/v1/candidates", consumes = {CandidateFormats.JSON, CandidateFormats.JSON_RESUME},
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    IngestAnswer submit(@RequestBody byte[] body, @RequestHeader HttpHeaders headers,
                        @RequestParam(required = false) String format) {
        Map<String, String> lowerCased = RequestHeaders.lowerCased(headers);
        MediaType contentType = headers.getContentType();
        CandidateFormat candidateFormat = formats.forContentType(
                contentType == null ? null : contentType.toString(), format)
                .orElseThrow(() -> new InvalidCandidateException(List.of(new Violation("format",
                        "must be canonical or jsonresume"))));
        IngestAnswer answer = events.handle(candidateFormat.read(body, lowerCased));
        log.info("Candidate event {} {} for {}", answer.eventId(), answer.status(), answer.candidateKey());
        return answer;
    }

    /**
     * Up to {@code ingest.max-batch-size} canonical candidates as a JSON array, all or nothing: when
     * one is invalid, the answer names every bad field by index and nothing is published.
     */
    @PostMapping(path = "/api/v1/candidates:batch", consumes = CandidateFormats.JSON,
            produces = MediaType.APPLICATION_JSON_VALUE)
    @ResponseStatus(HttpStatus.ACCEPTED)
    BatchAnswer submitBatch(@RequestBody byte[] body) {
        List<IngestAnswer> results = events.publishAll(intake.acceptBatch(body, maxBatchSize));
        log.info("Accepted a batch of {} candidate events", results.size());
        return new BatchAnswer("accepted", results);
    }

    record BatchAnswer(String status, List<IngestAnswer> results) {
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
        IngestAnswer answer = events.handle(new CandidateErasure(candidateKey.substring(0, colon),
                candidateKey.substring(colon + 1), "erasure-" + UUID.randomUUID()));
        log.info("Erased candidate {} with event {}", candidateKey, answer.eventId());
        return answer;
    }
}
