package io.recruitflow.ingest.candidate;

import java.time.Clock;

import io.recruitflow.contracts.candidate.CandidateIntake;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/** Wires the framework-free intake (read, validate, normalise) into the application. */
@Configuration(proxyBeanMethods = false)
class CandidateIntakeConfiguration {

    @Bean
    CandidateIntake candidateIntake(JsonMapper json) {
        return CandidateIntake.standard(json, Clock.systemUTC());
    }
}
