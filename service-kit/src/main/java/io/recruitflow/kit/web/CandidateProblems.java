package io.recruitflow.kit.web;

import java.net.URI;
import java.util.List;
import java.util.Map;

import io.recruitflow.contracts.candidate.InvalidCandidateException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The HTTP answer to an invalid candidate, the same wherever the canonical JSON is accepted:
 * RFC 9457 problem+json, {@code 400}, with an {@code errors} list naming each bad field.
 */
public final class CandidateProblems {

    public static final URI INVALID_CANDIDATE = URI.create("https://recruitflow.io/problems/invalid-candidate");

    private CandidateProblems() {
    }

    public static ProblemDetail invalid(InvalidCandidateException e) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, e.getMessage());
        problem.setType(INVALID_CANDIDATE);
        problem.setTitle("Invalid candidate");
        List<Map<String, String>> errors = e.violations().stream()
                .map(violation -> Map.of("field", violation.field(), "message", violation.message()))
                .toList();
        problem.setProperty("errors", errors);
        return problem;
    }
}
