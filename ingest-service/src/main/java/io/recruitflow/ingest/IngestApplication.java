package io.recruitflow.ingest;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * ingest-service: the pipeline's front door for applicant-tracking systems. It accepts candidate
 * events over HTTP and from the raw Kafka topic, validates and normalises them, drops contact
 * details the pipeline does not need, and publishes one Avro {@code CandidateProfile} per real change,
 * keyed by the candidate key, in a Kafka transaction together with its receipts.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class IngestApplication {

    public static void main(String[] args) {
        SpringApplication.run(IngestApplication.class, args);
    }
}
