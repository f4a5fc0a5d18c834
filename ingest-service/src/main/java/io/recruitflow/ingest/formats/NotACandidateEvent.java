package io.recruitflow.ingest.formats;

/**
 * A vendor event the pipeline accepts but that changes no candidate (a ping, an interview or job
 * event). It must be answered, not dropped silently: the caller answers {@code 202} "ignored"
 * with {@link #reason()}.
 *
 * @param eventType the vendor's name for the event, e.g. {@code ping} or {@code interviewCreated}
 */
public record NotACandidateEvent(String source, String eventType, String eventId) implements AtsEvent {

    /** One readable line, safe to log and to return: it names the event type, never candidate data. */
    public String reason() {
        return source + " event '" + eventType + "' carries no candidate change";
    }
}
