package io.recruitflow.classifier.messaging;

import java.time.Clock;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.kafka.EventRelay;
import io.recruitflow.contracts.observability.PipelineMetrics;
import io.recruitflow.contracts.observability.RecordTracing;
import io.recruitflow.contracts.kafka.PipelineKafka;
import io.recruitflow.contracts.kafka.TransactionalRelayConfiguration;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.classifier.ClassifierProperties;
import io.recruitflow.classifier.rollout.CurrentClassifier;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaOperations;

/**
 * Kafka wiring of classifier-service: profiles in, classifications out, exactly once
 * (transactions from {@code spring.kafka.producer.transaction-id-prefix}, {@code read_committed}).
 */
@Configuration(proxyBeanMethods = false)
@Import(TransactionalRelayConfiguration.class)
class ClassifierKafkaConfiguration {

    @Bean
    KafkaAdmin.NewTopics classifierTopics(ClassifierProperties properties) {
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
                                                                          ClassifierProperties properties,
                                                                          PipelineMetrics metrics,
                                                                          RecordTracing tracing) {
        Classifications classifications = new Classifications(classifier, Clock.systemUTC());
        return new EventRelay<>(kafka, Topics.CANDIDATE_CLASSIFICATIONS, properties.serviceSource(),
                classifications::classify, Clock.systemUTC(), new ClassificationMetrics(metrics, Clock.systemUTC()), tracing);
    }
}
