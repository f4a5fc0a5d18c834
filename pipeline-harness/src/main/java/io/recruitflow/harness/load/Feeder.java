package io.recruitflow.harness.load;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.IntSupplier;

import io.recruitflow.contracts.topics.Topics;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Closed-loop load: publishes {@code count} generated candidates to the raw topic in chunks, on its
 * own thread, keeping at most {@code window} of them in flight (sent, not yet routed), so every stage
 * of the pipeline has work at any moment, also while one of them is down. {@code routed} says how
 * many of this feeder's candidates have come out at the end so far.
 */
public final class Feeder implements AutoCloseable {

    private static final int CHUNK = 100;

    private final Thread thread;
    private volatile int sent;
    private volatile RuntimeException failure;

    private Feeder(LoadDriver driver, CandidateGenerator candidates, int count, int window, IntSupplier routed) {
        thread = new Thread(() -> feed(driver, candidates, count, window, routed), "feeder-" + candidates.source());
        thread.setDaemon(true);
    }

    public static Feeder start(LoadDriver driver, CandidateGenerator candidates, int count, int window,
                               IntSupplier routed) {
        Feeder feeder = new Feeder(driver, candidates, count, window, routed);
        feeder.thread.start();
        return feeder;
    }

    private void feed(LoadDriver driver, CandidateGenerator candidates, int count, int window, IntSupplier routed) {
        try {
            List<CompletableFuture<RecordMetadata>> acks = new ArrayList<>();
            for (int from = 0; from < count; from += CHUNK) {
                while (from - routed.getAsInt() >= window) {
                    // Back-pressure of the load driver, not a test wait.
                    TimeUnit.MILLISECONDS.sleep(10);
                }
                for (CandidateGenerator.Candidate candidate : candidates.candidates(from, Math.min(count, from + CHUNK))) {
                    acks.add(driver.send(Topics.ATS_CANDIDATE_EVENTS.name(), candidate.key(), candidate.json()));
                }
                sent = Math.min(count, from + CHUNK);
            }
            driver.flush();
            acks.forEach(LoadDriver::await);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            failure = e;
        }
    }

    /** Candidates handed to the producer so far. */
    public int sent() {
        if (failure != null) {
            throw new IllegalStateException("The feeder failed", failure);
        }
        return sent;
    }

    /** Waits until every candidate has been published and acknowledged. */
    public void awaitPublished() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
        sent();
    }

    @Override
    public void close() {
        thread.interrupt();
    }
}
