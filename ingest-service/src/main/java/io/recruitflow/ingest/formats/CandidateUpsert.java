package io.recruitflow.ingest.formats;

import java.util.Objects;

import io.recruitflow.contracts.candidate.CandidateSubmission;

/**
 * A candidate created or changed in the ATS, as canonical submission. It is not validated yet:
 * the caller runs it through {@code CandidateValidator} and {@code ProfileNormalizer} like any
 * canonical JSON.
 */
public record CandidateUpsert(CandidateSubmission candidate) implements AtsEvent {

    public CandidateUpsert {
        Objects.requireNonNull(candidate, "candidate");
    }
}
