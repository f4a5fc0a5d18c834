package io.recruitflow.contracts.candidate;

import java.util.List;
import java.util.stream.Collectors;

/** A submission that cannot become a {@code CandidateProfile}; the violations name each bad field. */
public class InvalidCandidateException extends RuntimeException {

    private final transient List<Violation> violations;

    public InvalidCandidateException(List<Violation> violations) {
        super("Invalid candidate: " + violations.stream().map(Violation::toString).collect(Collectors.joining("; ")));
        this.violations = List.copyOf(violations);
    }

    public List<Violation> violations() {
        return violations;
    }
}
