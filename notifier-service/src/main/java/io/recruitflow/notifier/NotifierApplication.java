package io.recruitflow.notifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * notifier-service: turns each {@code CandidateClassified} into a {@code RoutingDecision} that
 * suggests where to source more candidates like this one and whether a person must review it,
 * then tells recruiters. Consume, route and produce happen in one Kafka transaction.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class NotifierApplication {

    public static void main(String[] args) {
        SpringApplication.run(NotifierApplication.class, args);
    }
}
