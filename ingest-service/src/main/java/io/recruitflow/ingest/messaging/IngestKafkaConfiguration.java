package io.recruitflow.ingest.messaging;

import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.ingest.IngestProperties;
import io.recruitflow.ingest.candidate.Transactions;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.transaction.KafkaTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Kafka wiring of ingest-service: the topics it writes and reads, Avro values, and transactions
 * (from {@code spring.kafka.producer.transaction-id-prefix}) around everything it writes, so a
 * profile never goes out without its receipt.
 */
@Configuration(proxyBeanMethods = false)
class IngestKafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics ingestTopics(IngestProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.declarations(properties.partitions(), properties.replicationFactor(),
                Topics.ATS_CANDIDATE_EVENTS, Topics.CANDIDATE_PROFILES, Topics.INGEST_RECEIPTS));
    }

    /** Joins the listener's transaction; over HTTP, a transaction per request. */
    @Bean
    Transactions ingestTransactions(KafkaTransactionManager<?, ?> kafkaTransactionManager) {
        return new KafkaTransactions(new TransactionTemplate(kafkaTransactionManager));
    }
}
