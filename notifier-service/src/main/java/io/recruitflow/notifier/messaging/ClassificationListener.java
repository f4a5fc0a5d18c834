package io.recruitflow.notifier.messaging;

import java.util.List;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.kafka.EventRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/** Thin adapter: a batch of classifications in, routing decisions out, in one Kafka transaction. */
@Component
class ClassificationListener {

    private final EventRelay<CandidateClassified, RoutingDecision> relay;
    private final RecruiterLog recruiterLog = new RecruiterLog();

    ClassificationListener(EventRelay<CandidateClassified, RoutingDecision> relay) {
        this.relay = relay;
    }

    @KafkaListener(id = "notifier-classifications", idIsGroup = false, batch = "true",
            topics = "#{T(io.recruitflow.contracts.topics.Topics).CANDIDATE_CLASSIFICATIONS.name()}")
    void onClassifications(List<ConsumerRecord<String, CandidateClassified>> batch) {
        recruiterLog.afterCommit(relay.relay(batch));
    }
}
