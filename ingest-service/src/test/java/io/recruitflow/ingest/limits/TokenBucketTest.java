package io.recruitflow.ingest.limits;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class TokenBucketTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong clock = new AtomicLong(Long.MAX_VALUE - 5 * SECOND); // crosses the nanoTime overflow

    @Test
    void allowsABurstThenRefusesWithTheWaitForTheNextToken() {
        TokenBucket bucket = new TokenBucket(2, 3, clock::get);

        assertThat(bucket.tryAcquire()).isZero();
        assertThat(bucket.tryAcquire()).isZero();
        assertThat(bucket.tryAcquire()).isZero();
        assertThat(bucket.tryAcquire()).isEqualTo(SECOND / 2);
        assertThat(bucket.tryAcquire()).as("a refusal takes nothing").isEqualTo(SECOND / 2);
    }

    @Test
    void refillsAtTheConfiguredRate() {
        TokenBucket bucket = new TokenBucket(2, 3, clock::get);
        drain(bucket);

        clock.addAndGet(SECOND / 4);
        assertThat(bucket.tryAcquire()).isEqualTo(SECOND / 4);
        clock.addAndGet(SECOND / 4);
        assertThat(bucket.tryAcquire()).isZero();
        assertThat(bucket.tryAcquire()).isEqualTo(SECOND / 2);
    }

    @Test
    void neverHoldsMoreThanTheBurstHoweverLongItWasIdle() {
        TokenBucket bucket = new TokenBucket(2, 3, clock::get);
        drain(bucket);

        clock.addAndGet(60 * SECOND);
        assertThat(bucket.isFull()).isTrue();
        assertThat(drain(bucket)).isEqualTo(3);
        assertThat(bucket.isFull()).isFalse();
    }

    @Test
    void concurrentCallersGetExactlyTheBurstWhileTheClockStandsStill() throws Exception {
        TokenBucket bucket = new TokenBucket(10, 50, clock::get);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> granted = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                granted.add(pool.submit(() -> {
                    start.await();
                    int mine = 0;
                    for (int i = 0; i < 100; i++) {
                        if (bucket.tryAcquire() == 0) {
                            mine++;
                        }
                    }
                    return mine;
                }));
            }
            start.countDown();
            int total = 0;
            for (Future<Integer> f : granted) {
                total += f.get();
            }
            assertThat(total).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }

    private static int drain(TokenBucket bucket) {
        int taken = 0;
        while (bucket.tryAcquire() == 0) {
            taken++;
        }
        return taken;
    }
}
