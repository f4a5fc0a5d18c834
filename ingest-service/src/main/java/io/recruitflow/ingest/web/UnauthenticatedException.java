package io.recruitflow.ingest.web;

/** A request whose signature or API key does not check out; the reason names what is wrong, never a secret. */
public class UnauthenticatedException extends RuntimeException {

    public UnauthenticatedException(String reason) {
        super(reason);
    }
}
