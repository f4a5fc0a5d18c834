package io.recruitflow.contracts.kafka;

import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Imported by every service: producers write what the pipeline's topics carry. */
@Configuration(proxyBeanMethods = false)
public class PipelineKafkaConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer pipelineEventValues() {
        return PipelineKafka.eventValues();
    }
}
