package io.recruitflow.classifier.web;

import java.time.Clock;

import io.recruitflow.contracts.candidate.CandidateIntake;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** The canonical candidate intake, shared with ingest, for the explain endpoint. */
@Configuration(proxyBeanMethods = false)
class IntakeConfiguration {

    @Bean
    CandidateIntake candidateIntake(JsonMapper json, Clock clock) {
        return CandidateIntake.standard(json, clock);
    }
}
