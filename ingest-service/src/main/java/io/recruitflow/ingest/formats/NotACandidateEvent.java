package io.recruitflow.ingest.formats;

import java.util.regex.Pattern;

/**
 * A vendor event the pipeline accepts but that changes no candidate (a ping, an interview or job
 * event). It must be answered, not dropped silently: the caller answers {@code 202} "ignored"
 * with {@link #reason()}.
 *
 * @param eventType the vendor's name for the event, e.g. {@code ping} or {@code interviewCreated}
 */
public record NotACandidateEvent(String source, String eventType, String eventId) implements AtsEvent {

    private static final Pattern EVENT_NAME = Pattern.compile("[A-Za-z0-9_.-]{1,64}");

    /**
     * One readable line, safe to log and to return: it names the event type when that is a plain
     * event name, never whatever else a payload put there.
     */
    public String reason() {
        String name = eventType != null && EVENT_NAME.matcher(eventType).matches() ? "'" + eventType + "'" : "of an unknown type";
        return source + " event " + name + " carries no candidate change";
    }
}
