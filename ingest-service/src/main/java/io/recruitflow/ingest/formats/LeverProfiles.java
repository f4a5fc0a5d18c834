package io.recruitflow.ingest.formats;

import java.util.Optional;

import io.recruitflow.contracts.candidate.CandidateSubmission;

/**
 * Where {@link LeverFormat} gets the profile behind a thin Lever webhook. The returned submission
 * carries the profile only; {@link LeverFormat} sets source, externalId, eventId and occurredAt.
 */
public interface LeverProfiles {

    /**
     * @return the profile, or empty when Lever knows no such opportunity
     * @throws ProfileFetchFailedException when Lever cannot be asked right now (timeout, 5xx, ...)
     */
    Optional<CandidateSubmission> fetch(String opportunityOrCandidateId);
}
