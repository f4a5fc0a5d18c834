package io.recruitflow.ingest.limits;

import java.util.function.LongSupplier;

/**
 * A token bucket holding up to {@code burst} tokens, refilled at {@code perSecond} tokens a second;
 * each request takes one. Kept as the time at which the bucket will be full again (the "generic cell
 * rate algorithm" form), in whole nanoseconds, so there is no refill timer and no rounding drift.
 * Thread-safe; the clock is injected so tests never sleep.
 */
final class TokenBucket {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final long nanosPerToken;
    private final long capacityNanos;
    private final LongSupplier nanoTime;
    /** When the bucket will be full again; at or before now means it is full. */
    private long fullAt;

    TokenBucket(int perSecond, int burst, LongSupplier nanoTime) {
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("perSecond and burst must be at least 1");
        }
        this.nanosPerToken = NANOS_PER_SECOND / perSecond;
        this.capacityNanos = nanosPerToken * burst;
        this.nanoTime = nanoTime;
        this.fullAt = nanoTime.getAsLong();
    }

    /**
     * Takes a token if there is one.
     *
     * @return {@code 0} when a token was taken, otherwise the nanoseconds until one will be there
     *         (nothing is taken then)
     */
    synchronized long tryAcquire() {
        long now = nanoTime.getAsLong();
        // Differences, not comparisons, of nanoTime values: they may overflow (System.nanoTime's contract).
        long base = fullAt - now > 0 ? fullAt : now;
        long next = base + nanosPerToken;
        long over = (next - now) - capacityNanos;
        if (over > 0) {
            return over;
        }
        fullAt = next;
        return 0;
    }

    /** Full again: indistinguishable from a new bucket, so it can be forgotten without changing any answer. */
    synchronized boolean isFull() {
        return fullAt - nanoTime.getAsLong() <= 0;
    }
}
