package io.recruitflow.ingest.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong();

    @Test
    void keepsOneBucketPerSource() {
        RateLimiter limiter = new RateLimiter(1, 2, 100, clock::get);

        assertThat(limiter.tryAcquire("webhook:greenhouse")).isZero();
        assertThat(limiter.tryAcquire("webhook:greenhouse")).isZero();
        assertThat(limiter.tryAcquire("webhook:greenhouse")).isEqualTo(SECOND);
        assertThat(limiter.tryAcquire("webhook:lever")).as("another source is unaffected").isZero();
    }

    @Test
    void forgetsIdleBucketsWhenFull() {
        RateLimiter limiter = new RateLimiter(1, 1, 3, clock::get);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");
        limiter.tryAcquire("c");

        clock.addAndGet(2 * SECOND);
        assertThat(limiter.tryAcquire("d")).isZero();
        assertThat(limiter.trackedSources()).isEqualTo(1);
    }

    @Test
    void newSourcesShareAnOverflowBucketWhileEveryTrackedSourceIsBusy() {
        RateLimiter limiter = new RateLimiter(1, 2, 2, clock::get);
        limiter.tryAcquire("a");
        limiter.tryAcquire("b");

        assertThat(limiter.tryAcquire("invented-1")).isZero();
        assertThat(limiter.tryAcquire("invented-2")).isZero();
        assertThat(limiter.tryAcquire("invented-3")).as("the overflow bucket is drained").isPositive();
        assertThat(limiter.trackedSources()).isEqualTo(2);
        assertThat(limiter.tryAcquire("a")).as("tracked sources keep their own quota").isZero();
    }
}
