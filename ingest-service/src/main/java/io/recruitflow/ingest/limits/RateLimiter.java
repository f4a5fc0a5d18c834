package io.recruitflow.ingest.limits;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.LongSupplier;

/**
 * One {@link TokenBucket} per source. Sources are whatever callers name, including ones nobody
 * configured, so the map is bounded: at {@code maxSources} it first forgets idle buckets (full ones,
 * which answer exactly as a new bucket would), at most once a second; if every tracked source is still
 * active, further new sources share one overflow bucket until room frees up. A flood of invented
 * source names therefore costs at most {@code maxSources} buckets and cannot use up the quota of the
 * sources already tracked. Thread-safe; the bound may be overshot by the number of concurrent callers,
 * and a request racing the eviction of its (full) bucket may get one token more than the burst.
 */
final class RateLimiter {

    private static final long SWEEP_INTERVAL_NANOS = 1_000_000_000L;

    private final int perSecond;
    private final int burst;
    private final int maxSources;
    private final LongSupplier nanoTime;
    private final ConcurrentMap<String, TokenBucket> buckets = new ConcurrentHashMap<>();
    private final TokenBucket overflow;
    private final Object sweepLock = new Object();
    private long lastSweep;

    RateLimiter(int perSecond, int burst, int maxSources, LongSupplier nanoTime) {
        if (maxSources < 1) {
            throw new IllegalArgumentException("maxSources must be at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
        this.maxSources = maxSources;
        this.nanoTime = nanoTime;
        this.overflow = new TokenBucket(perSecond, burst, nanoTime);
        this.lastSweep = nanoTime.getAsLong() - SWEEP_INTERVAL_NANOS;
    }

    /**
     * Takes a token from the source's bucket.
     *
     * @return {@code 0} when the request may go ahead, otherwise the nanoseconds until it could
     */
    long tryAcquire(String source) {
        return bucketFor(source).tryAcquire();
    }

    int trackedSources() {
        return buckets.size();
    }

    private TokenBucket bucketFor(String source) {
        TokenBucket bucket = buckets.get(source);
        if (bucket != null) {
            return bucket;
        }
        if (buckets.size() >= maxSources && !sweepIdle()) {
            return overflow;
        }
        return buckets.computeIfAbsent(source, s -> new TokenBucket(perSecond, burst, nanoTime));
    }

    /** Forgets full buckets; true when there is room for one more source afterwards. */
    private boolean sweepIdle() {
        synchronized (sweepLock) {
            long now = nanoTime.getAsLong();
            if (buckets.size() >= maxSources && now - lastSweep >= SWEEP_INTERVAL_NANOS) {
                lastSweep = now;
                buckets.values().removeIf(TokenBucket::isFull);
            }
            return buckets.size() < maxSources;
        }
    }
}
