package io.recruitflow.ingest.limits;

import java.io.IOException;
import java.net.URI;

import io.recruitflow.kit.web.ProblemWriter;
import io.recruitflow.kit.web.RequestProblems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import tools.jackson.databind.json.JsonMapper;

/**
 * The {@code 413} and {@code 429} problems (RFC 9457), as {@link ProblemDetail} for Spring MVC and
 * written directly as {@code application/problem+json} by the filters, which run before MVC.
 */
final class LimitProblems {

    static final URI RATE_LIMITED = URI.create("https://recruitflow.io/problems/rate-limited");

    private final ProblemWriter writer;

    LimitProblems(JsonMapper json) {
        this.writer = new ProblemWriter(json);
    }

    static ProblemDetail payloadTooLarge(long limitBytes) {
        return RequestProblems.payloadTooLarge(limitBytes);
    }

    static ProblemDetail rateLimited(long retryAfterSeconds) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.TOO_MANY_REQUESTS,
                "Too many requests from this source; retry after " + retryAfterSeconds + " s");
        problem.setType(RATE_LIMITED);
        problem.setTitle("Too many requests");
        return problem;
    }

    void write(HttpServletRequest request, HttpServletResponse response, ProblemDetail problem) throws IOException {
        writer.write(request, response, problem);
    }
}
