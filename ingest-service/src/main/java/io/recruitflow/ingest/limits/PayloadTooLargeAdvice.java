package io.recruitflow.ingest.limits;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/**
 * {@code 413} problem+json when a chunked body crosses its limit while Spring MVC reads it (for
 * {@code @RequestBody byte[]}, before the controller runs and so before any signature is checked).
 * First in line so no broader handler turns it into a {@code 400} or {@code 500}.
 */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PayloadTooLargeAdvice {

    @ExceptionHandler
    ProblemDetail payloadTooLarge(PayloadTooLargeException e) {
        return LimitProblems.payloadTooLarge(e.limitBytes());
    }
}
