package io.recruitflow.classifier.messaging;

import java.time.Clock;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.classifier.rollout.CurrentClassifier;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.kit.kafka.EventRelay;
import io.recruitflow.kit.kafka.PipelineKafka;
import io.recruitflow.kit.observability.PipelineMetrics;
import io.recruitflow.kit.observability.RecordTracing;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Kafka wiring of classifier-service: profiles in, classifications out, exactly once
 * (transactions from {@code spring.kafka.producer.transaction-id-prefix}, {@code read_committed}).
 */
@Configuration(proxyBeanMethods = false)
class ClassifierKafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics classifierTopics(MessagingProperties properties) {
        return new KafkaAdmin.NewTopics(Topics.declarations(properties.partitions(), properties.replicationFactor(),
                Topics.CANDIDATE_PROFILES, Topics.CANDIDATE_CLASSIFICATIONS));
    }

    @Bean
    DefaultKafkaConsumerFactoryCustomizer profileValues() {
        return PipelineKafka.avroValues(CandidateProfile.class);
    }

    @Bean
    EventRelay<CandidateProfile, CandidateClassified> classificationRelay(KafkaOperations<String, Object> kafka,
                                                                          CurrentClassifier classifier,
                                                                          MessagingProperties properties,
                                                                          PipelineMetrics metrics,
                                                                          RecordTracing tracing,
                                                                          Clock clock) {
        Classifications classifications = new Classifications(classifier, clock);
        return new EventRelay<>(kafka, Topics.CANDIDATE_CLASSIFICATIONS, properties.serviceSource(),
                classifications::classify, clock, new ClassificationMetrics(metrics, clock), tracing);
    }
}
