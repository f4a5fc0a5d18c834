package io.recruitflow.contracts.kafka;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.transaction.KafkaTransactionManager;

/**
 * Imported by the services that consume, transform and produce in Kafka transactions: rolled-back
 * batches are retried, never dead-lettered whole, and the transaction manager (replacing Boot's)
 * runs after-commit callbacks after the commit ({@link PipelineKafka#transactionManager}).
 */
@Configuration(proxyBeanMethods = false)
@Import(PipelineKafkaConfiguration.class)
public class TransactionalRelayConfiguration {

    @Bean
    KafkaTransactionManager<?, ?> kafkaTransactionManager(ProducerFactory<?, ?> producerFactory) {
        return PipelineKafka.transactionManager(producerFactory);
    }

    @Bean
    AfterRollbackProcessor<Object, Object> retryRolledBackBatches() {
        return PipelineKafka.retryRolledBackBatches();
    }
}
