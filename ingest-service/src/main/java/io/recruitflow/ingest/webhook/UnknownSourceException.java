package io.recruitflow.ingest.webhook;

/** {@code POST /webhooks/{source}} for a source that is not configured. */
public class UnknownSourceException extends RuntimeException {

    public UnknownSourceException(String source) {
        super("No webhook source '" + source + "' is configured");
    }
}
