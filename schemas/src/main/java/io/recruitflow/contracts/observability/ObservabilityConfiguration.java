package io.recruitflow.contracts.observability;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
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

    /** Per-record spans for the batch relays, when a tracer is configured (spring-boot-starter-opentelemetry). */
    @Bean
    RecordTracing recordTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer configuredTracer = tracer.getIfUnique();
        Propagator configuredPropagator = propagator.getIfUnique();
        return configuredTracer == null || configuredPropagator == null
                ? RecordTracing.NONE
                : RecordTracing.micrometer(configuredTracer, configuredPropagator);
    }

    @Bean
    KafkaReadiness pipelineKafkaHealthIndicator(KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry listeners) {
        return KafkaReadiness.of(kafkaAdmin, listeners, Duration.ofSeconds(3));
    }
}
