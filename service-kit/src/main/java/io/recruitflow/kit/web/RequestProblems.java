package io.recruitflow.kit.web;

import java.net.URI;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problems (RFC 9457) a request itself earns before anything reads it, the same wherever they are
 * answered: by the security chain, by a service's filters, or by its Spring MVC advice.
 */
public final class RequestProblems {

    public static final URI UNAUTHENTICATED = URI.create("https://recruitflow.io/problems/unauthenticated");
    public static final URI PAYLOAD_TOO_LARGE = URI.create("https://recruitflow.io/problems/payload-too-large");

    private RequestProblems() {
    }

    /** {@code 401}; {@code reason} says what is wrong with the credentials and never holds one. */
    public static ProblemDetail unauthenticated(String reason) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNAUTHORIZED, reason);
        problem.setType(UNAUTHENTICATED);
        problem.setTitle("Not authenticated");
        return problem;
    }

    /** {@code 413} for a body over {@code limitBytes}, which the answer names. */
    public static ProblemDetail payloadTooLarge(long limitBytes) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than the limit of " + limitBytes + " bytes");
        problem.setType(PAYLOAD_TOO_LARGE);
        problem.setTitle("Payload too large");
        problem.setProperty("limitBytes", limitBytes);
        return problem;
    }
}
