package io.recruitflow.notifier.messaging;

/** A notification that no retry can deliver: it goes straight to the dead-letter topic with this reason. */
class UndeliverableException extends RuntimeException {

    UndeliverableException(String reason) {
        super(reason);
    }
}
