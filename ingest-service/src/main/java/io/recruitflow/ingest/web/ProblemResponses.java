package io.recruitflow.ingest.web;

import java.net.URI;

import io.recruitflow.contracts.candidate.InvalidCandidateException;
import io.recruitflow.ingest.candidate.PublishFailedException;
import io.recruitflow.ingest.formats.ProfileFetchFailedException;
import io.recruitflow.kit.web.CandidateProblems;
import io.recruitflow.kit.web.RequestProblems;
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
    static final URI UNKNOWN_SOURCE = URI.create("https://recruitflow.io/problems/unknown-source");

    @ExceptionHandler
    ProblemDetail invalidCandidate(InvalidCandidateException e) {
        return CandidateProblems.invalid(e);
    }

    @ExceptionHandler
    ProblemDetail unauthenticated(UnauthenticatedException e) {
        return RequestProblems.unauthenticated(e.getMessage());
    }

    @ExceptionHandler
    ProblemDetail unknownSource(UnknownSourceException e) {
        return problem(HttpStatus.NOT_FOUND, UNKNOWN_SOURCE, "Unknown webhook source", e.getMessage());
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> profileFetchFailed(ProfileFetchFailedException e) {
        log.warn("Could not fetch a candidate profile from the ATS: {}", e.getMessage());
        return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, ATS_UNAVAILABLE, "ATS unavailable",
                "The candidate could not be fetched from the ATS; nothing was published. Retry later."), 30);
    }

    @ExceptionHandler
    ResponseEntity<ProblemDetail> publishFailed(PublishFailedException e) {
        log.warn("Could not publish a candidate event: {}", e.getCause() == null ? e.getMessage() : e.getCause().toString());
        return retryLater(problem(HttpStatus.SERVICE_UNAVAILABLE, EVENT_BUS_UNAVAILABLE, "Event bus unavailable",
                "The event could not be stored; nothing was published. Retry later with the same eventId."), 5);
    }

    private static ProblemDetail problem(HttpStatus status, URI type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }

    private static ResponseEntity<ProblemDetail> retryLater(ProblemDetail problem, int seconds) {
        return ResponseEntity.status(problem.getStatus()).header(HttpHeaders.RETRY_AFTER, Integer.toString(seconds))
                .body(problem);
    }
}
