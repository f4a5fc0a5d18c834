package io.recruitflow.notifier.messaging;

import java.nio.ByteBuffer;

import io.recruitflow.avro.DeliveryStatus;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.notifier.delivery.DeliveryAttempt;
import io.recruitflow.notifier.notification.NotificationComposer;
import io.recruitflow.notifier.notification.NotificationRequest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.retrytopic.RetryTopicHeaders;

/**
 * Delivers one notification request per call, once, and records the attempt. A failure worth
 * retrying is thrown as {@link DeliveryFailedException}: the retry topics ({@link DeliveryKafkaConfiguration})
 * bring the request back after a back-off without holding up the partition, and after the last
 * attempt put it on the dead-letter topic. Anything else goes to the dead-letter topic at once.
 * Delivery is at least once: a crash between sending and committing the offset sends again, with
 * the same delivery id.
 */
final class DeliveryListener {

    private final SubscriptionChannels channels;
    private final NotificationComposer composer;
    private final DeliveryRecords records;
    private final KafkaOperations<String, Object> kafka;
    private final int maxAttempts;

    DeliveryListener(SubscriptionChannels channels, NotificationComposer composer, DeliveryRecords records,
                     KafkaOperations<String, Object> kafka, int maxAttempts) {
        this.channels = channels;
        this.composer = composer;
        this.records = records;
        this.kafka = kafka;
        this.maxAttempts = maxAttempts;
    }

    @KafkaListener(id = "notifier-deliveries", groupId = DeliveryKafkaConfiguration.GROUP, batch = "false",
            containerFactory = DeliveryKafkaConfiguration.CONTAINER_FACTORY,
            topics = "#{T(io.recruitflow.contracts.topics.Topics).NOTIFICATION_REQUESTS.name()}")
    void deliver(ConsumerRecord<String, RoutingDecision> record) {
        if (record.value() == null) {
            throw new UndeliverableException("a notification request without a routing decision");
        }
        NotificationRequest request = NotificationRequestHeaders.read(record.headers());
        int attempt = attempt(record);
        DeliveryAttempt outcome = channels.channel(request).deliver(composer.compose(record.value(), request), attempt);
        DeliveryStatus status = DeliveryRecords.status(outcome, attempt >= maxAttempts);
        records.attempted(kafka, record.key(), request, channels.type(request), attempt, status, outcome).join();
        switch (status) {
            case RETRYING -> throw new DeliveryFailedException("attempt " + attempt + " failed: " + outcome.error());
            case FAILED -> throw outcome.outcome() == DeliveryAttempt.Outcome.RETRYABLE
                    ? new DeliveryFailedException("gave up after " + attempt + " attempts: " + outcome.error())
                    : new UndeliverableException("cannot be delivered: " + outcome.error());
            default -> {
            }
        }
    }

    /** 1 on the requests topic; the retry topics count on in a header. */
    static int attempt(ConsumerRecord<?, ?> record) {
        Header header = record.headers().lastHeader(RetryTopicHeaders.DEFAULT_HEADER_ATTEMPTS);
        return header == null || header.value().length != Integer.BYTES ? 1 : ByteBuffer.wrap(header.value()).getInt();
    }
}
