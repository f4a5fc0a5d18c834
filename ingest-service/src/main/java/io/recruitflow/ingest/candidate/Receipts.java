package io.recruitflow.ingest.candidate;

import java.util.Optional;

import io.recruitflow.avro.CandidateProfile;

/**
 * What makes ingest exactly-once from an ATS's point of view: the answer given to each event (by
 * source and event id), so a re-delivery is answered as the first time, and the content last
 * published for each candidate, so an unchanged candidate is not published again. Writes go out in
 * the transaction of {@link Transactions}.
 */
public interface Receipts {

    Optional<IngestAnswer> answered(String source, String eventId);

    void remember(String source, String eventId, IngestAnswer answer);

    /** The profile's content fingerprint, or empty when that is what was last published for the candidate. */
    Optional<String> changedContent(CandidateProfile profile);

    void rememberContent(String candidateKey, String fingerprint);

    /** After an erasure the candidate is new again. */
    void forget(String candidateKey);
}
