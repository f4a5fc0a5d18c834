package io.recruitflow.kit.observability;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Every service's observability: the pipeline's metrics, trace context on every record sent, and the
 * {@code pipelineKafka} health contributor that the readiness group includes.
 */
@AutoConfiguration
@ConditionalOnClass({MeterRegistry.class, KafkaTemplate.class})
public class ObservabilityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    PipelineMetrics pipelineMetrics(MeterRegistry registry) {
        return new PipelineMetrics(registry);
    }

    /** Per-record spans for the batch relays, when a tracer is configured (spring-boot-starter-opentelemetry). */
    @Bean
    @ConditionalOnMissingBean
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
    @ConditionalOnMissingBean
    KafkaReadiness pipelineKafkaHealthIndicator(KafkaAdmin kafkaAdmin, KafkaListenerEndpointRegistry listeners) {
        return KafkaReadiness.of(kafkaAdmin, listeners, Duration.ofSeconds(3));
    }
}
