package io.recruitflow.ingest.web;

/** {@code POST /webhooks/{source}} for a source that is not configured: {@code 404} problem+json. */
public class UnknownSourceException extends RuntimeException {

    public UnknownSourceException(String source) {
        super("No webhook source '" + source + "' is configured");
    }
}
