package io.recruitflow.ingest.candidate;

import java.util.function.Supplier;

/**
 * The unit of work around what {@link AtsEventHandler} writes: the profile (or erasure) and the receipts
 * that account for it commit together or not at all.
 */
public interface Transactions {

    /**
     * Runs the writes in the current transaction, or in a new one that has committed when this returns.
     *
     * @throws PublishFailedException when the event bus did not take the writes (none is visible)
     */
    <T> T inOne(Supplier<T> writes);

    /** Runs the action once the current transaction has committed, at once if there is none. */
    void afterCommit(Runnable action);
}
