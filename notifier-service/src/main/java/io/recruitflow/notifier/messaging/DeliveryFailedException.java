package io.recruitflow.notifier.messaging;

/** A delivery attempt failed in a way worth retrying; the retry topics take the request from here. */
class DeliveryFailedException extends RuntimeException {

    DeliveryFailedException(String reason) {
        super(reason);
    }
}
