package io.recruitflow.contracts.observability;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Imported by every service: the pipeline's metrics, trace context on every record sent, and the
 * {@code pipelineKafka} health contributor that the readiness group includes.
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

    /**
     * Every template's sends carry the current trace on ({@link TraceContextInjection}); the templates'
     * own observation stays off ({@code spring.kafka.template.observation-enabled=false}).
     */
    @Bean
    SmartInitializingSingleton traceContextOnSends(ObjectProvider<KafkaTemplate<?, ?>> templates,
                                                   ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return () -> {
            Tracer configuredTracer = tracer.getIfUnique();
            Propagator configuredPropagator = propagator.getIfUnique();
            if (configuredTracer != null && configuredPropagator != null) {
                templates.forEach(template -> inject(template, configuredTracer, configuredPropagator));
            }
        };
    }

    private static <K, V> void inject(KafkaTemplate<K, V> template, Tracer tracer, Propagator propagator) {
        template.setProducerInterceptor(new TraceContextInjection<>(tracer, propagator));
    }

    @Bean
    KafkaReadiness pipelineKafkaHealthIndicator(KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry listeners) {
        return KafkaReadiness.of(kafkaAdmin, listeners, Duration.ofSeconds(3));
    }
}
