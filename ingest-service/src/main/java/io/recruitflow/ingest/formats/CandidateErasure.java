package io.recruitflow.ingest.formats;

/**
 * The ATS deleted a candidate: the pipeline must forget {@code <source>:<externalId>} (a tombstone
 * on the profiles topic). Carries identifiers only.
 */
public record CandidateErasure(String source, String externalId, String eventId) implements AtsEvent {
}
