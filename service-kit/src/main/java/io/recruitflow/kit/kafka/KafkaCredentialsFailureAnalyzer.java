package io.recruitflow.kit.kafka;

import io.recruitflow.kit.kafka.KafkaCredentialsCheck.KafkaCredentialsRefusedException;
import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Turns a refused Kafka login at start-up into Spring Boot's "APPLICATION FAILED TO START" report. */
public final class KafkaCredentialsFailureAnalyzer extends AbstractFailureAnalyzer<KafkaCredentialsRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, KafkaCredentialsRefusedException cause) {
        return new FailureAnalysis(cause.getMessage(),
                "Check this service's Kafka credentials: the SCRAM user and password in "
                        + "SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG, or for mTLS the client certificate in "
                        + "SPRING_KAFKA_SSL_KEY_STORE_LOCATION, and the broker's CA in "
                        + "SPRING_KAFKA_SSL_TRUST_STORE_LOCATION (see the README, \"Kafka security\").", cause);
    }
}
