package io.recruitflow.contracts.observability;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Imported by every service: the pipeline's metrics and the {@code pipelineKafka} health
 * contributor that the readiness group includes.
 */
@Configuration(proxyBeanMethods = false)
public class ObservabilityConfiguration {

    @Bean
    PipelineMetrics pipelineMetrics(MeterRegistry registry) {
        return new PipelineMetrics(registry);
    }

    @Bean
    KafkaReadiness pipelineKafkaHealthIndicator(KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry listeners) {
        return new KafkaReadiness(kafkaAdmin, listeners, Duration.ofSeconds(3));
    }
}
