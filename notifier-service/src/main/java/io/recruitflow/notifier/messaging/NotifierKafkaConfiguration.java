package io.recruitflow.notifier.messaging;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.kit.kafka.EventRelay;
import io.recruitflow.kit.kafka.PipelineKafka;
import io.recruitflow.kit.observability.PipelineMetrics;
import io.recruitflow.kit.observability.RecordTracing;
import io.recruitflow.notifier.notification.SubscriptionProperties;
import io.recruitflow.notifier.routing.Router;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Kafka wiring of notifier-service: classifications in, routing decisions out, exactly once
 * (transactions from {@code spring.kafka.producer.transaction-id-prefix}, {@code read_committed}).
 */
@Configuration(proxyBeanMethods = false)
class NotifierKafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics notifierTopics(MessagingProperties properties) {
        List<NewTopic> topics = new ArrayList<>(List.of(Topics.declarations(properties.partitions(),
                properties.replicationFactor(), Topics.CANDIDATE_CLASSIFICATIONS, Topics.CANDIDATE_ROUTINGS,
                Topics.NOTIFICATION_DELIVERIES)));
        // Their dead-letter (and retry) topics are declared by the delivery retry configuration.
        topics.add(Topics.NOTIFICATION_REQUESTS.newTopic(properties.partitions(), properties.replicationFactor()));
        topics.add(Topics.NOTIFIED_OUTCOMES.newTopic(properties.partitions(), properties.replicationFactor()));
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /** Also the rebalance listener of the classifications consumer: it restores what its partitions notified. */
    @Bean
    OutcomeStore outcomeStore(KafkaProperties kafka) {
        return new OutcomeStore(kafka.buildConsumerProperties());
    }

    @Bean
    NotificationRequests notificationRequests(SubscriptionProperties subscriptions, MessagingProperties properties,
                                              OutcomeStore outcomes, PipelineMetrics metrics, Clock clock) {
        return new NotificationRequests(subscriptions.subscriptionList(), outcomes,
                new DeliveryRecords(properties.serviceSource(), clock, metrics), properties.serviceSource());
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer classificationValues() {
        return PipelineKafka.avroValues(CandidateClassified.class);
    }

    @Bean
    EventRelay<CandidateClassified, RoutingDecision> routingRelay(KafkaOperations<String, Object> kafka, Router router,
                                                                  MessagingProperties properties,
                                                                  PipelineMetrics metrics, RecordTracing tracing,
                                                                  Clock clock) {
        RoutingDecisions decisions = new RoutingDecisions(router, clock);
        return new EventRelay<>(kafka, Topics.CANDIDATE_ROUTINGS, properties.serviceSource(), decisions::decide,
                clock, new RoutingMetrics(metrics, clock), tracing);
    }
}
