package io.recruitflow.ingest.formats;

/**
 * What one ATS payload means for the pipeline once a {@link CandidateFormat} has read it: a
 * candidate to publish, a candidate to forget, or an event that is accepted but changes no candidate.
 */
public sealed interface AtsEvent permits CandidateUpsert, CandidateErasure, NotACandidateEvent {
}
