package io.recruitflow.notifier.messaging;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Consumer;

import io.micrometer.core.instrument.MeterRegistry;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.kafka.DeadLetters;
import io.recruitflow.contracts.kafka.EventValueSerializer;
import io.recruitflow.contracts.topics.Topic;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.kit.kafka.DeadLettering;
import io.recruitflow.kit.observability.PipelineMetrics;
import io.recruitflow.notifier.delivery.Channels;
import io.recruitflow.notifier.delivery.OutboundSettings;
import io.recruitflow.notifier.notification.AtsLinks;
import io.recruitflow.notifier.notification.NotificationComposer;
import io.recruitflow.notifier.notification.SubscriptionProperties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.KafkaProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.MicrometerConsumerListener;
import org.springframework.kafka.core.MicrometerProducerListener;
import org.springframework.kafka.retrytopic.DeadLetterPublishingRecovererFactory;
import org.springframework.kafka.retrytopic.RetryTopicConfiguration;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationBuilder;
import org.springframework.kafka.retrytopic.RetryTopicConfigurationSupport;
import org.springframework.kafka.retrytopic.RetryTopicSchedulerWrapper;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.scheduling.concurrent.ThreadPoolTaskScheduler;

/**
 * Kafka wiring of deliveries: notification requests are read by their own consumer group, one
 * record at a time, outside any transaction (an HTTP call cannot be rolled back), and retried
 * through Spring Kafka's non-blocking retry topics {@code recruiting.notification.requests.v1-retry-<n>},
 * each paused until its records are due, so a failing receiver never holds back other candidates.
 * After the last attempt a request goes to {@code recruiting.notification.requests.v1-dlt} with a
 * {@code dlt-reason}. Attempts are recorded with an idempotent, non-transactional producer.
 * <p>
 * The jitter is drawn once per start-up, when the retry topics' delays are fixed; it spreads
 * instances' retries apart, not the records of one retry topic, which are retried in order anyway.
 */
@Configuration(proxyBeanMethods = false)
class DeliveryKafkaConfiguration extends RetryTopicConfigurationSupport {

    static final String GROUP = "notifier-service-deliveries";
    static final String CONTAINER_FACTORY = "deliveryListenerContainerFactory";

    /** Few records per poll: each may wait for a slow receiver up to the outbound timeouts. */
    private static final int MAX_POLL_RECORDS = 10;

    /**
     * Not a {@code ProducerFactory} bean: that would replace the transactional one Boot builds for
     * the routing transactions.
     */
    static final class DeliveryProducer implements DisposableBean {

        private final DefaultKafkaProducerFactory<String, Object> factory;
        private final KafkaTemplate<String, Object> template;

        DeliveryProducer(KafkaProperties kafka, MeterRegistry registry) {
            this.factory = new DefaultKafkaProducerFactory<>(kafka.buildProducerProperties(), new StringSerializer(),
                    new EventValueSerializer());
            factory.addListener(new MicrometerProducerListener<>(registry));
            this.template = new KafkaTemplate<>(factory);
        }

        KafkaTemplate<String, Object> template() {
            return template;
        }

        @Override
        public void destroy() {
            factory.destroy();
        }
    }

    @Bean
    DeliveryProducer deliveryProducer(KafkaProperties kafka, MeterRegistry registry) {
        return new DeliveryProducer(kafka, registry);
    }

    @Bean(CONTAINER_FACTORY)
    ConcurrentKafkaListenerContainerFactory<String, RoutingDecision> deliveryListenerContainerFactory(
            KafkaProperties kafka, DeliveryProperties delivery, MeterRegistry registry) {
        Map<String, Object> config = new HashMap<>(kafka.buildConsumerProperties());
        config.put(ConsumerConfig.GROUP_ID_CONFIG, GROUP);
        config.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, MAX_POLL_RECORDS);
        DefaultKafkaConsumerFactory<String, RoutingDecision> consumers = new DefaultKafkaConsumerFactory<>(config);
        consumers.setKeyDeserializer(new StringDeserializer());
        consumers.addListener(new MicrometerConsumerListener<>(registry));
        consumers.setValueDeserializerSupplier(
                () -> new ErrorHandlingDeserializer<>(new AvroSingleObjectDeserializer<>(RoutingDecision.class)));
        ConcurrentKafkaListenerContainerFactory<String, RoutingDecision> factory =
                new ConcurrentKafkaListenerContainerFactory<>();
        factory.setConsumerFactory(consumers);
        factory.setBatchListener(false);
        factory.setConcurrency(delivery.concurrency());
        factory.getContainerProperties().setObservationEnabled(true);
        return factory;
    }

    @Bean
    RetryTopicConfiguration deliveryRetries(DeliveryProducer producer, DeliveryProperties delivery,
                                            MessagingProperties topics) {
        RetryTopicConfigurationBuilder retries = RetryTopicConfigurationBuilder.newInstance()
                .includeTopic(Topics.NOTIFICATION_REQUESTS.name())
                .listenerFactory(CONTAINER_FACTORY)
                .maxAttempts(delivery.maxAttempts())
                .retryTopicSuffix("-retry")
                .dltSuffix(Topic.DLT_SUFFIX)
                .suffixTopicsWithIndexValues()
                .notRetryOn(UndeliverableException.class)
                .traversingCauses()
                .autoCreateTopicsWith(topics.partitions(), topics.replicationFactor())
                .autoStartDltHandler(false);
        if (delivery.maxAttempts() > 1) {
            retries.exponentialBackoff(delivery.initialBackoff().toMillis(), delivery.multiplier(),
                    delivery.maxBackoff().toMillis(), delivery.jitter().toMillis());
        }
        return retries.create(producer.template());
    }

    @Override
    protected Consumer<DeadLetterPublishingRecovererFactory> configureDeadLetterPublishingContainerFactory() {
        return factory -> factory.setHeadersFunction((record, failure) -> new RecordHeaders().add(DeadLetters.REASON,
                DeadLettering.reason(failure).getBytes(StandardCharsets.UTF_8)));
    }

    @Bean
    RetryTopicSchedulerWrapper deliveryRetryScheduler() {
        ThreadPoolTaskScheduler scheduler = new ThreadPoolTaskScheduler();
        scheduler.setThreadNamePrefix("delivery-retry-");
        return new RetryTopicSchedulerWrapper(scheduler);
    }

    @Bean
    SubscriptionChannels subscriptionChannels(SubscriptionProperties subscriptions, OutboundSettings outbound,
                                              ObjectProvider<JavaMailSender> mail, Clock clock) {
        Channels channels = new Channels(outbound, clock, mail.getIfAvailable());
        return new SubscriptionChannels(subscriptions.subscriptionList(), channels::create);
    }

    @Bean
    DeliveryListener deliveryListener(SubscriptionChannels channels, SubscriptionProperties subscriptions,
                                      MessagingProperties topics, DeliveryProperties delivery,
                                      DeliveryProducer producer, PipelineMetrics metrics, Clock clock) {
        return new DeliveryListener(channels, new NotificationComposer(new AtsLinks(subscriptions.atsLinks())),
                new DeliveryRecords(topics.serviceSource(), clock, metrics),
                producer.template(), delivery.maxAttempts());
    }
}
