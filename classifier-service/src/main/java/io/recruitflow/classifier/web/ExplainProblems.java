package io.recruitflow.classifier.web;

import io.recruitflow.contracts.candidate.InvalidCandidateException;
import io.recruitflow.kit.web.CandidateProblems;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** RFC 9457 problem+json: {@code 400} naming each bad field, as ingest answers; MVC's own errors alike. */
@RestControllerAdvice
class ExplainProblems extends ResponseEntityExceptionHandler {

    @ExceptionHandler
    ProblemDetail invalidCandidate(InvalidCandidateException e) {
        return CandidateProblems.invalid(e);
    }
}
