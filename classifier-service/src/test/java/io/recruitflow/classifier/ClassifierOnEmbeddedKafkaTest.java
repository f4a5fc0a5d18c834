package io.recruitflow.classifier;

import org.springframework.kafka.test.context.EmbeddedKafka;

/** The classifier's integration tests on spring-kafka-test's embedded KRaft broker: runs everywhere. */
@EmbeddedKafka(bootstrapServersProperty = "spring.kafka.bootstrap-servers", brokerProperties = {
        "transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
class ClassifierOnEmbeddedKafkaTest extends ClassifierServiceContract {
}
