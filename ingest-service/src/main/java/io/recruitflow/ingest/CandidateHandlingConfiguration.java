package io.recruitflow.ingest;

import java.time.Clock;

import io.recruitflow.contracts.candidate.CandidateIntake;
import io.recruitflow.ingest.candidate.AtsEventHandler;
import io.recruitflow.ingest.candidate.ProfileEvents;
import io.recruitflow.ingest.candidate.Receipts;
import io.recruitflow.ingest.candidate.Transactions;
import io.recruitflow.kit.observability.PipelineMetrics;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.json.JsonMapper;

/**
 * Wires the framework-free use case (read, validate, normalise, publish) to its adapters: the event
 * bus and the transaction from {@code messaging}, the receipts from {@code receipts}, the clock from the
 * service kit.
 */
@Configuration(proxyBeanMethods = false)
class CandidateHandlingConfiguration {

    @Bean
    CandidateIntake candidateIntake(JsonMapper json, Clock clock) {
        return CandidateIntake.standard(json, clock);
    }

    @Bean
    AtsEventHandler atsEventHandler(CandidateIntake intake, ProfileEvents publisher, Receipts receipts,
                                    Transactions transactions, PipelineMetrics metrics, Clock clock) {
        return new AtsEventHandler(intake, publisher, receipts, transactions, metrics, clock);
    }
}
