package io.recruitflow.contracts.kafka;

import java.time.Duration;

import io.recruitflow.contracts.observability.ObservabilityConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Imported by every service: producers write what the pipeline's topics carry; a start-up that stops
 * when the broker refuses the service's credentials; shared metrics and readiness.
 */
@Configuration(proxyBeanMethods = false)
@Import(ObservabilityConfiguration.class)
public class PipelineKafkaConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer pipelineEventValues() {
        return PipelineKafka.eventValues();
    }

    /** Every Kafka client of a service is built from the same {@code spring.kafka.*} settings as this admin's. */
    @Bean
    KafkaCredentialsCheck kafkaCredentialsCheck(KafkaAdmin kafkaAdmin) {
        return new KafkaCredentialsCheck(kafkaAdmin.getConfigurationProperties(), Duration.ofSeconds(10));
    }
}
