package io.recruitflow.ingest.candidate;

/** The event could not be handed to the event bus; nothing was published, the caller should retry later. */
public class PublishFailedException extends RuntimeException {

    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
