package io.recruitflow.ingest.messaging;

import java.time.Duration;
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
 * Publishes {@code CandidateProfile} events keyed by the candidate key, with CloudEvents headers,
 * and waits for the broker's acknowledgement ({@code acks=all}, idempotent producer) so that an
 * accepted request is a durable event.
 */
@Component
public class ProfilePublisher {

    private final KafkaTemplate<String, Object> kafka;
    private final String serviceSource;
    private final Duration timeout;

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
        CompletableFuture<SendResult<String, Object>> sent = kafka.send(record);
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
