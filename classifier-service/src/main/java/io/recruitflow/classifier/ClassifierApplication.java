package io.recruitflow.classifier;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * classifier-service: scores each {@code CandidateProfile} against the backend engineer and backend
 * developer role models of the seed article and publishes a {@code CandidateClassified} with the
 * evidence behind the verdict. Consume, classify and produce happen in one Kafka transaction, so a
 * crash never loses or duplicates a verdict downstream.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class ClassifierApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClassifierApplication.class, args);
    }
}
