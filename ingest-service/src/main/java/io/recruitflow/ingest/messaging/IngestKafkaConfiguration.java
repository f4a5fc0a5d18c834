package io.recruitflow.ingest.messaging;

import io.recruitflow.contracts.kafka.DeadLetters;
import io.recruitflow.contracts.observability.PipelineMetrics;
import io.recruitflow.contracts.kafka.PipelineKafkaConfiguration;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.ingest.IngestProperties;
import io.recruitflow.contracts.candidate.InvalidCandidateException;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/**
 * Kafka wiring of ingest-service: the topics it writes and reads, Avro values, and dead letters
 * for raw ATS records it cannot accept.
 */
@Configuration(proxyBeanMethods = false)
@Import(PipelineKafkaConfiguration.class)
class IngestKafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics ingestTopics(IngestProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.declarations(properties.partitions(), properties.replicationFactor(),
                Topics.ATS_CANDIDATE_EVENTS, Topics.CANDIDATE_PROFILES, Topics.INGEST_RECEIPTS));
    }

    /**
     * A record that is not a valid candidate goes to the dead-letter topic at once, with the reason;
     * a failure to publish (broker away) is retried with back-off before it does, so the partition
     * keeps flowing either way.
     */
    @Bean
    CommonErrorHandler atsEventErrorHandler(KafkaOperations<String, Object> kafka, PipelineMetrics metrics) {
        DeadLetterPublishingRecoverer deadLetters = DeadLetters.recoverer(kafka);
        ExponentialBackOff backOff = new ExponentialBackOff(500, 2.0);
        backOff.setMaxInterval(10_000);
        backOff.setMaxElapsedTime(120_000);
        DefaultErrorHandler handler = new DefaultErrorHandler((record, failure) -> {
            deadLetters.accept(record, failure);
            metrics.deadLettered(record.topic(), failure);
        }, backOff);
        handler.addNotRetryableExceptions(InvalidCandidateException.class);
        return handler;
    }
}
