package io.recruitflow.contracts.topics;

import java.util.ArrayList;
import java.util.List;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.NotificationDelivery;
import io.recruitflow.avro.NotifiedOutcome;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.topics.Topic.Retention;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * The registry of the pipeline's topics. Names are part of the public contract (PRODUCT.md);
 * each topic has a single writer. Record keys are always the candidate key
 * {@code <source>:<externalId>}, so one candidate's events stay ordered on one partition.
 */
public final class Topics {

    /** Raw candidate events as ATS systems send them (JSON). Written by ATS systems, read by ingest-service. */
    public static final Topic<byte[]> ATS_CANDIDATE_EVENTS = new Topic<>(
            "recruiting.ats.candidate-events.v1", byte[].class,
            "io.recruitflow.ats.candidate-event.v1", Retention.DELETE);

    /** Written by ingest-service, read by classifier-service. */
    public static final Topic<CandidateProfile> CANDIDATE_PROFILES = new Topic<>(
            "recruiting.candidate.profiles.v1", CandidateProfile.class,
            "io.recruitflow.candidate.profile.v1", Retention.COMPACTED);

    /** Written by classifier-service, read by notifier-service. */
    public static final Topic<CandidateClassified> CANDIDATE_CLASSIFICATIONS = new Topic<>(
            "recruiting.candidate.classifications.v1", CandidateClassified.class,
            "io.recruitflow.candidate.classified.v1", Retention.COMPACTED);

    /** Written by notifier-service, read by recruiters' tooling and ops. */
    public static final Topic<RoutingDecision> CANDIDATE_ROUTINGS = new Topic<>(
            "recruiting.candidate.routings.v1", RoutingDecision.class,
            "io.recruitflow.candidate.routing-decided.v1", Retention.COMPACTED);

    /** Written by notifier-service: the outcome of every delivery attempt. */
    public static final Topic<NotificationDelivery> NOTIFICATION_DELIVERIES = new Topic<>(
            "recruiting.notification.deliveries.v1", NotificationDelivery.class,
            "io.recruitflow.notification.delivery-attempted.v1", Retention.DELETE);

    /**
     * notifier-service's work queue of recruiter notifications: one routing decision per
     * subscription channel to notify, with the subscription, channel and delivery id in headers.
     * Failed deliveries move on to {@code <name>-retry-<n>} topics and, after the last attempt, to
     * the dead-letter twin. Written and read by notifier-service only.
     */
    public static final Topic<RoutingDecision> NOTIFICATION_REQUESTS = new Topic<>(
            "recruiting.notification.requests.v1", RoutingDecision.class,
            "io.recruitflow.notification.requested.v1", Retention.DELETE);

    /**
     * notifier-service's memory of the last outcome notified per candidate, written in the same
     * transaction as the routing decision, so an unchanged outcome is not notified twice across
     * restarts and instances. Written and read by notifier-service only.
     */
    public static final Topic<NotifiedOutcome> NOTIFIED_OUTCOMES = new Topic<>(
            "recruiting.notification.outcomes.v1", NotifiedOutcome.class,
            "io.recruitflow.notification.outcome-notified.v1", Retention.COMPACTED);

    /**
     * ingest-service's own memory of what it has already accepted (delivery ids and the content
     * fingerprint of each candidate's latest profile), so re-deliveries publish nothing new, across
     * restarts and instances, for {@link Topic#RECEIPT_RETENTION}. JSON values; written and read by
     * ingest-service only.
     */
    public static final Topic<byte[]> INGEST_RECEIPTS = new Topic<>(
            "recruiting.ingest.receipts.v1", byte[].class,
            "io.recruitflow.ingest.receipt.v1", Retention.COMPACTED_EXPIRING);

    public static final List<Topic<?>> ALL = List.of(ATS_CANDIDATE_EVENTS, CANDIDATE_PROFILES,
            CANDIDATE_CLASSIFICATIONS, CANDIDATE_ROUTINGS, NOTIFICATION_DELIVERIES, NOTIFICATION_REQUESTS,
            NOTIFIED_OUTCOMES, INGEST_RECEIPTS);

    private Topics() {
    }

    /** The given topics and their dead-letter twins, ready for {@code KafkaAdmin} to create. */
    public static NewTopic[] declarations(int partitions, short replicationFactor, Topic<?>... topics) {
        List<NewTopic> declarations = new ArrayList<>();
        for (Topic<?> topic : topics) {
            declarations.add(topic.newTopic(partitions, replicationFactor));
            declarations.add(topic.newDeadLetterTopic(partitions, replicationFactor));
        }
        return declarations.toArray(NewTopic[]::new);
    }

    /** The candidate key that every record of the pipeline is keyed by. */
    public static String candidateKey(String source, String externalId) {
        return source + ":" + externalId;
    }
}
