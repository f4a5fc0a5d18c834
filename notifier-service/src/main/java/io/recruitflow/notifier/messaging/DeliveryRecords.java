package io.recruitflow.notifier.messaging;

import java.time.Clock;
import java.util.concurrent.CompletableFuture;

import io.recruitflow.avro.DeliveryStatus;
import io.recruitflow.avro.NotificationChannel;
import io.recruitflow.avro.NotificationDelivery;
import io.recruitflow.contracts.cloudevents.CloudEventHeaders;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.kit.kafka.AfterCommit;
import io.recruitflow.kit.observability.PipelineMetrics;
import io.recruitflow.notifier.delivery.DeliveryAttempt;
import io.recruitflow.notifier.notification.NotificationRequest;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.support.SendResult;

/** Writes the outcome of each delivery attempt to {@code recruiting.notification.deliveries.v1}. */
final class DeliveryRecords {

    static final String DELIVERIES = "recruitflow.notification.deliveries";

    private final String serviceSource;
    private final Clock clock;
    private final PipelineMetrics metrics;

    DeliveryRecords(String serviceSource, Clock clock, PipelineMetrics metrics) {
        this.serviceSource = serviceSource;
        this.clock = clock;
        this.metrics = metrics;
    }

    static DeliveryStatus status(DeliveryAttempt attempt, boolean lastAttempt) {
        return switch (attempt.outcome()) {
            case DELIVERED -> DeliveryStatus.DELIVERED;
            case RETRYABLE -> lastAttempt ? DeliveryStatus.FAILED : DeliveryStatus.RETRYING;
            case PERMANENT_FAILURE -> DeliveryStatus.FAILED;
        };
    }

    /** An attempt that was made. */
    CompletableFuture<SendResult<String, Object>> attempted(
            KafkaOperations<String, Object> kafka, String candidateKey, NotificationRequest request,
            NotificationChannel channel, int attempt, DeliveryStatus status, DeliveryAttempt outcome) {
        count(channel, status);
        return send(kafka, candidateKey, NotificationDelivery.newBuilder()
                .setDeliveryId(request.deliveryId())
                .setCandidateKey(candidateKey)
                .setSubscription(request.subscription())
                .setChannel(channel)
                .setAttempt(attempt)
                .setStatus(status)
                .setHttpStatus(outcome.httpStatus())
                .setError(outcome.error())
                .setLatencyMs(outcome.latency() == null ? null : outcome.latency().toMillis())
                .setAttemptedAt(clock.instant())
                .build());
    }

    /** A notification not sent because the candidate's outcome is the one recruiters already know (attempt 0). */
    void skippedUnchanged(KafkaOperations<String, Object> kafka, String candidateKey, NotificationRequest request,
                          NotificationChannel channel) {
        AfterCommit.run(() -> count(channel, DeliveryStatus.SKIPPED_UNCHANGED));
        send(kafka, candidateKey, NotificationDelivery.newBuilder()
                .setDeliveryId(request.deliveryId())
                .setCandidateKey(candidateKey)
                .setSubscription(request.subscription())
                .setChannel(channel)
                .setAttempt(0)
                .setStatus(DeliveryStatus.SKIPPED_UNCHANGED)
                .setAttemptedAt(clock.instant())
                .build());
    }

    private void count(NotificationChannel channel, DeliveryStatus status) {
        metrics.counter(DELIVERIES, "channel", channel.name(), "status", status.name()).increment();
    }

    private CompletableFuture<SendResult<String, Object>> send(
            KafkaOperations<String, Object> kafka, String candidateKey, NotificationDelivery delivery) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.NOTIFICATION_DELIVERIES.name(),
                candidateKey, delivery);
        CloudEventHeaders.stamp(record.headers(), Topics.NOTIFICATION_DELIVERIES,
                CloudEventHeaders.derivedId(Topics.NOTIFICATION_DELIVERIES,
                        delivery.getDeliveryId() + "/" + delivery.getAttempt()),
                serviceSource, candidateKey, delivery.getAttemptedAt());
        return kafka.send(record);
    }
}
