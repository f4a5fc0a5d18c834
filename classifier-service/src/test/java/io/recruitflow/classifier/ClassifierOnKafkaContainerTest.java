package io.recruitflow.classifier;

import org.springframework.boot.testcontainers.service.connection.ServiceConnection;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/**
 * The same integration tests on the {@code apache/kafka} image, where a Docker engine is available;
 * skipped cleanly where it is not ({@link ClassifierOnEmbeddedKafkaTest} covers them there).
 */
@Testcontainers(disabledWithoutDocker = true)
class ClassifierOnKafkaContainerTest extends ClassifierServiceContract {

    @Container
    @ServiceConnection
    static final KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.1");
}
