package io.recruitflow.kit.kafka;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * {@code pipeline.kafka.*}: how the kit's Kafka side behaves.
 *
 * @param credentialsCheckTimeout how long the start-up waits for the broker to accept (or refuse) the
 *                                service's credentials before it goes on
 */
@ConfigurationProperties("pipeline.kafka")
public record PipelineKafkaProperties(@DefaultValue("10s") Duration credentialsCheckTimeout) {
}
