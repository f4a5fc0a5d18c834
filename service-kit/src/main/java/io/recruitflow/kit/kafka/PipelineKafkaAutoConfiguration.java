package io.recruitflow.kit.kafka;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.core.ProducerFactory;
import org.springframework.kafka.listener.AfterRollbackProcessor;
import org.springframework.kafka.transaction.KafkaTransactionManager;

/**
 * Every service's Kafka: producers write what the pipeline's topics carry; a start-up that stops when
 * the broker refuses the service's credentials; and, where the service writes in transactions
 * ({@code spring.kafka.producer.transaction-id-prefix}), rolled-back batches retried, never
 * dead-lettered whole, with a transaction manager that runs after-commit callbacks after the commit
 * ({@link PipelineKafka#transactionManager}). Ahead of Spring Boot's Kafka auto-configuration, whose
 * own transaction manager then stands back.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(PipelineKafkaProperties.class)
public class PipelineKafkaAutoConfiguration {

    @Bean
    DefaultKafkaProducerFactoryCustomizer pipelineEventValues() {
        return PipelineKafka.eventValues();
    }

    /** Every Kafka client of a service is built from the same {@code spring.kafka.*} settings as this admin's. */
    @Bean
    @ConditionalOnMissingBean
    KafkaCredentialsCheck kafkaCredentialsCheck(KafkaAdmin kafkaAdmin, PipelineKafkaProperties properties) {
        return new KafkaCredentialsCheck(kafkaAdmin.getConfigurationProperties(), properties.credentialsCheckTimeout());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "spring.kafka.producer", name = "transaction-id-prefix")
    KafkaTransactionManager<?, ?> kafkaTransactionManager(ProducerFactory<?, ?> producerFactory) {
        return PipelineKafka.transactionManager(producerFactory);
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(prefix = "spring.kafka.producer", name = "transaction-id-prefix")
    AfterRollbackProcessor<Object, Object> retryRolledBackBatches() {
        return PipelineKafka.retryRolledBackBatches();
    }
}
