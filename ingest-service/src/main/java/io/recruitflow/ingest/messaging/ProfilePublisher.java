package io.recruitflow.ingest.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.cloudevents.CloudEventHeaders;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.ingest.IngestProperties;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.SendResult;
import org.springframework.stereotype.Component;

/**
 * The single writer of the profiles topic: publishes {@code CandidateProfile} events (and erasure
 * tombstones) keyed by the candidate key, with CloudEvents headers,
 * and waits for the broker's acknowledgement ({@code acks=all}, idempotent producer) so that an
 * accepted request is a durable event.
 */
@Component
public class ProfilePublisher {

    private final KafkaTemplate<String, Object> kafka;
    private final String serviceSource;
    private final Duration timeout;
    private final Clock clock = Clock.systemUTC();
    /** Sends of the calling thread's batch not acknowledged yet; see {@link #deferAcks}. */
    private final ThreadLocal<List<CompletableFuture<SendResult<String, Object>>>> deferred = new ThreadLocal<>();

    ProfilePublisher(KafkaTemplate<String, Object> kafka, IngestProperties properties) {
        this.kafka = kafka;
        this.serviceSource = properties.serviceSource();
        this.timeout = properties.publishTimeout();
    }

    /** @throws PublishFailedException when the broker did not acknowledge the event in time */
    public void publish(CandidateProfile profile) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(
                Topics.CANDIDATE_PROFILES.name(), profile.getCandidateKey(), profile);
        CloudEventHeaders.stamp(record.headers(), Topics.CANDIDATE_PROFILES,
                profile.getSource() + ":" + profile.getEventId(), serviceSource, profile.getCandidateKey(),
                profile.getReceivedAt());
        acknowledged(kafka.send(record));
    }

    /**
     * Erases a candidate (GDPR Art. 17): a tombstone for its key on the compacted profiles topic,
     * which classifier and notifier turn into tombstones on their own topics.
     *
     * @throws PublishFailedException when the broker did not acknowledge the tombstone in time
     */
    public void publishErasure(String candidateKey, String eventId) {
        ProducerRecord<String, Object> tombstone = new ProducerRecord<>(Topics.CANDIDATE_PROFILES.name(), candidateKey, null);
        CloudEventHeaders.stamp(tombstone.headers(), Topics.CANDIDATE_PROFILES, eventId, serviceSource, candidateKey,
                clock.instant());
        acknowledged(kafka.send(tombstone));
    }

    /**
     * From now on this thread's publishing returns once the event is handed to the producer; a
     * batch of events is then acknowledged at once by {@link #awaitAcks}.
     */
    public void deferAcks() {
        deferred.set(new ArrayList<>());
    }

    /**
     * Waits until every event this thread published since {@link #deferAcks} is acknowledged, and
     * stops deferring.
     *
     * @throws PublishFailedException when one was not acknowledged in time
     */
    public void awaitAcks() {
        List<CompletableFuture<SendResult<String, Object>>> sent = deferred.get();
        deferred.remove();
        if (sent != null) {
            long deadline = System.nanoTime() + timeout.toNanos();
            for (CompletableFuture<SendResult<String, Object>> ack : sent) {
                awaitAck(ack, Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            }
        }
    }

    /** Stops deferring without waiting (the batch failed and will be published again). */
    public void discardAcks() {
        deferred.remove();
    }

    private void acknowledged(CompletableFuture<SendResult<String, Object>> sent) {
        List<CompletableFuture<SendResult<String, Object>>> batch = deferred.get();
        if (batch != null) {
            batch.add(sent);
        } else {
            awaitAck(sent, timeout);
        }
    }

    private static void awaitAck(CompletableFuture<SendResult<String, Object>> sent, Duration timeout) {
        try {
            sent.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PublishFailedException("interrupted while publishing", e);
        } catch (ExecutionException | TimeoutException e) {
            throw new PublishFailedException("the event bus did not acknowledge the event", e);
        }
    }

    /** The event could not be handed to Kafka; the caller should retry later. */
    public static class PublishFailedException extends RuntimeException {
        PublishFailedException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
