package io.recruitflow.ingest.candidate;

import com.fasterxml.jackson.annotation.JsonInclude;

/** What ingest answers an ATS with {@code 202 Accepted}: what became of its event. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record IngestAnswer(String status, String eventId, String candidateKey, String reason) {

    public static IngestAnswer accepted(String eventId, String candidateKey) {
        return new IngestAnswer("accepted", eventId, candidateKey, null);
    }

    /** The candidate's content is what was last published for it: nothing new was published. */
    public static IngestAnswer unchanged(String eventId, String candidateKey) {
        return new IngestAnswer("unchanged", eventId, candidateKey, null);
    }

    public static IngestAnswer erased(String eventId, String candidateKey) {
        return new IngestAnswer("erased", eventId, candidateKey, null);
    }

    public static IngestAnswer ignored(String eventId, String reason) {
        return new IngestAnswer("ignored", eventId, null, reason);
    }
}
