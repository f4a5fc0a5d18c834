package io.recruitflow.ingest.formats;

/**
 * A candidate profile could not be fetched from the ATS for a reason that is not the payload's
 * fault (timeout, connection refused, 5xx, rejected credentials, an unreadable answer). The caller
 * answers {@code 503} (or leaves the Kafka record for a retry): the same delivery may succeed later.
 * The message names the ATS and the HTTP status, never candidate data.
 */
public class ProfileFetchFailedException extends RuntimeException {

    public ProfileFetchFailedException(String message) {
        super(message);
    }

    public ProfileFetchFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
