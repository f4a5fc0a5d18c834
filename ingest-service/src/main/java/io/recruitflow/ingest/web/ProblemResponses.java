package io.recruitflow.ingest.web;

import java.net.URI;

import io.recruitflow.contracts.candidate.CandidateProblems;
import io.recruitflow.contracts.candidate.InvalidCandidateException;
import io.recruitflow.ingest.formats.ProfileFetchFailedException;
import io.recruitflow.ingest.messaging.ProfilePublisher.PublishFailedException;
import io.recruitflow.ingest.webhook.UnknownSourceException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/**
 * RFC 9457 problem+json for every error: Spring MVC's own (415, 405, ...) through the base class,
 * and ours: {@code 400} with an {@code errors} list naming each bad field, {@code 401} for a bad or
 * missing signature, {@code 404} for an unknown webhook source, {@code 503} when the event could
 * not reach Kafka or the candidate could not be fetched from the ATS.
 */
@RestControllerAdvice
class ProblemResponses extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemResponses.class);
    static final URI EVENT_BUS_UNAVAILABLE = URI.create("https://recruitflow.io/problems/event-bus-unavailable");
    static final URI ATS_UNAVAILABLE = URI.create("https://recruitflow.io/problems/ats-unavailable");
    static final URI UNAUTHENTICATED = URI.create("https://recruitflow.io/problems/unauthenticated");
    static final URI UNKNOWN_SOURCE = URI.create("https://recruitflow.io/problems/unknown-source");

    @ExceptionHandler
    ProblemDetail invalidCandidate(InvalidCandidateException e) {
        return CandidateProblems.invalid(e);
    }

    @ExceptionHandler
    ProblemDetail unauthenticated(UnauthenticatedException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, e.getMessage());
        problem.setType(UNAUTHENTICATED);
        problem.setTitle("Not authenticated");
        return problem;
    }

    @ExceptionHandler
    ProblemDetail unknownSource(UnknownSourceException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.NOT_FOUND, e.getMessage());
        problem.setType(UNKNOWN_SOURCE);
        problem.setTitle("Unknown webhook source");
        return problem;
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> profileFetchFailed(ProfileFetchFailedException e) {
        log.warn("Could not fetch a candidate profile from the ATS: {}", e.getMessage());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The candidate could not be fetched from the ATS; nothing was published. Retry later.");
        problem.setType(ATS_UNAVAILABLE);
        problem.setTitle("ATS unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "30").body(problem);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> publishFailed(PublishFailedException e) {
        log.warn("Could not publish a candidate event: {}", e.getCause() == null ? e.getMessage() : e.getCause().toString());
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.SERVICE_UNAVAILABLE,
                "The event could not be stored; nothing was published. Retry later with the same eventId.");
        problem.setType(EVENT_BUS_UNAVAILABLE);
        problem.setTitle("Event bus unavailable");
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE).header(HttpHeaders.RETRY_AFTER, "5").body(problem);
    }
}
