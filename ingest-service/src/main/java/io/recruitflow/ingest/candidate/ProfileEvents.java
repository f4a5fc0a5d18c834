package io.recruitflow.ingest.candidate;

import io.recruitflow.avro.CandidateProfile;

/** Where accepted candidates and erasures go: the profiles topic, in the transaction of {@link Transactions}. */
public interface ProfileEvents {

    /** Publishes the profile in the current transaction. */
    void publish(CandidateProfile profile);

    /** Publishes the erasure of a candidate (GDPR Art. 17) in the current transaction. */
    void publishErasure(String candidateKey, String eventId);
}
