package io.recruitflow.notifier.messaging;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import io.recruitflow.avro.NotificationChannel;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.cloudevents.CloudEventHeaders;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.kit.kafka.AfterCommit;
import io.recruitflow.kit.kafka.EventRelay.Relayed;
import io.recruitflow.notifier.notification.NotificationPlanner.Plan;
import io.recruitflow.notifier.notification.NotificationPlanner;
import io.recruitflow.notifier.notification.NotificationRequest;
import io.recruitflow.notifier.notification.Subscription;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.springframework.kafka.core.KafkaOperations;

/**
 * The second half of routing, in the same Kafka transaction: for each decision just written, a
 * request per matching subscription channel when the outcome is news, a {@code SKIPPED_UNCHANGED}
 * delivery record when it is not, and the outcome remembered; for each tombstone, the candidate
 * forgotten and nobody notified.
 */
final class NotificationRequests {

    private final NotificationPlanner planner;
    private final Map<String, Subscription> subscriptions;
    private final OutcomeStore outcomes;
    private final DeliveryRecords deliveries;
    private final String serviceSource;

    NotificationRequests(List<Subscription> subscriptions, OutcomeStore outcomes, DeliveryRecords deliveries,
                         String serviceSource) {
        this.planner = new NotificationPlanner(subscriptions);
        this.subscriptions = subscriptions.stream().collect(Collectors.toMap(Subscription::name, Function.identity()));
        this.outcomes = outcomes;
        this.deliveries = deliveries;
        this.serviceSource = serviceSource;
    }

    void request(KafkaOperations<String, Object> kafka, List<Relayed<RoutingDecision>> written) {
        OutcomeStore.Changes changes = outcomes.changes(kafka);
        for (Relayed<RoutingDecision> relayed : written) {
            if (relayed.isTombstone()) {
                changes.forget(relayed.key());
                continue;
            }
            RoutingDecision decision = relayed.value();
            Plan plan = planner.plan(decision, changes.lastNotified(relayed.key()));
            if (plan.changed()) {
                changes.remember(plan.remember());
                plan.requests().forEach(request -> kafka.send(requestRecord(relayed.key(), decision, request)));
            } else {
                plan.requests().forEach(request ->
                        deliveries.skippedUnchanged(kafka, relayed.key(), request, channelOf(request)));
            }
        }
        AfterCommit.run(changes::committed);
    }

    NotificationChannel channelOf(NotificationRequest request) {
        Subscription subscription = subscriptions.get(request.subscription());
        return NotificationChannel.valueOf(subscription.channels().get(request.channel()).type().name());
    }

    private ProducerRecord<String, Object> requestRecord(String key, RoutingDecision decision,
                                                         NotificationRequest request) {
        ProducerRecord<String, Object> record = new ProducerRecord<>(Topics.NOTIFICATION_REQUESTS.name(), key, decision);
        CloudEventHeaders.stamp(record.headers(), Topics.NOTIFICATION_REQUESTS,
                CloudEventHeaders.derivedId(Topics.NOTIFICATION_REQUESTS, request.deliveryId()), serviceSource, key,
                decision.getDecidedAt());
        NotificationRequestHeaders.write(record.headers(), request);
        return record;
    }
}
