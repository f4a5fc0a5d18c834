package io.recruitflow.contracts.kafka;

import io.recruitflow.contracts.observability.ObservabilityConfiguration;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** Imported by every service: producers write what the pipeline's topics carry; shared metrics and readiness. */
@Configuration(proxyBeanMethods = false)
@Import(ObservabilityConfiguration.class)
public class PipelineKafkaConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer pipelineEventValues() {
        return PipelineKafka.eventValues();
    }
}
