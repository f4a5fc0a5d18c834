package io.recruitflow.contracts.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.listener.AfterRollbackProcessor;

/**
 * Imported by the services that consume, transform and produce in Kafka transactions with an
 * {@link EventRelay}: rolled-back batches are retried, never dead-lettered whole.
 */
@Configuration(proxyBeanMethods = false)
@Import(PipelineKafkaConfiguration.class)
public class TransactionalRelayConfiguration {

    @Bean
    AfterRollbackProcessor<Object, Object> retryRolledBackBatches() {
        return PipelineKafka.retryRolledBackBatches();
    }
}
