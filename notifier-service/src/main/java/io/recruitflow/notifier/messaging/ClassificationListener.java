package io.recruitflow.notifier.messaging;

import java.util.List;
import java.util.Objects;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.kit.kafka.EventRelay.Relayed;
import io.recruitflow.kit.kafka.EventRelay;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaOperations;
import org.springframework.stereotype.Component;

/**
 * Thin adapter: a batch of classifications in; routing decisions, notification requests and the
 * notified outcomes out, in one Kafka transaction.
 */
@Component
class ClassificationListener {

    private final EventRelay<CandidateClassified, RoutingDecision> relay;
    private final NotificationRequests requests;
    private final KafkaOperations<String, Object> kafka;
    private final RecruiterLog recruiterLog = new RecruiterLog();

    ClassificationListener(EventRelay<CandidateClassified, RoutingDecision> relay, NotificationRequests requests,
                           KafkaOperations<String, Object> kafka) {
        this.relay = relay;
        this.requests = requests;
        this.kafka = kafka;
    }

    @KafkaListener(id = "notifier-classifications", idIsGroup = false, batch = "true",
            topics = "#{T(io.recruitflow.contracts.topics.Topics).CANDIDATE_CLASSIFICATIONS.name()}")
    void onClassifications(List<ConsumerRecord<String, CandidateClassified>> batch) {
        List<Relayed<RoutingDecision>> written = relay.relayEach(batch);
        requests.request(kafka, written);
        recruiterLog.afterCommit(written.stream().map(Relayed::value).filter(Objects::nonNull).toList());
    }
}
