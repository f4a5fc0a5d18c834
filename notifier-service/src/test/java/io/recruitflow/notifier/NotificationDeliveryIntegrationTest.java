package io.recruitflow.notifier;

import static io.recruitflow.contracts.testing.TopicProbe.header;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.List;
import java.util.Map;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.DeliveryStatus;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.NotificationChannel;
import io.recruitflow.avro.NotificationDelivery;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.avro.WorkplaceType;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.kafka.DeadLetters;
import io.recruitflow.contracts.kafka.EventValueSerializer;
import io.recruitflow.contracts.testing.TopicProbe;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.notifier.RecruiterReceiver.Received;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;

/**
 * Recruiter notifications end to end on a real (embedded KRaft) broker and a real webhook receiver
 * on loopback: classifications in; signed webhooks out, once per changed outcome; every attempt on
 * the deliveries topic; failing receivers retried with back-off without holding others back, then
 * dead-lettered; the notified outcomes remembered across a restart of the service.
 */
@EmbeddedKafka(brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class NotificationDeliveryIntegrationTest {

    private static final String SECRET = "whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw";

    private final RecruiterReceiver receiver = new RecruiterReceiver();
    private String bootstrapServers;
    private ConfigurableApplicationContext notifier;
    private KafkaProducer<String, Object> classifier;
    private TopicProbe<NotificationDelivery> deliveries;
    private TopicProbe<RoutingDecision> routings;
    private TopicProbe<byte[]> deadRequests;

    @BeforeAll
    void start(EmbeddedKafkaBroker broker) {
        bootstrapServers = broker.getBrokersAsString();
        notifier = startNotifier();
        classifier = new KafkaProducer<>(Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(), new EventValueSerializer());
        deliveries = TopicProbe.of(bootstrapServers, Topics.NOTIFICATION_DELIVERIES.name(),
                new AvroSingleObjectDeserializer<>(NotificationDelivery.class));
        routings = TopicProbe.of(bootstrapServers, Topics.CANDIDATE_ROUTINGS.name(),
                new AvroSingleObjectDeserializer<>(RoutingDecision.class));
        deadRequests = TopicProbe.raw(bootstrapServers, Topics.NOTIFICATION_REQUESTS.dlt());
    }

    @AfterAll
    void stop() {
        notifier.close();
        classifier.close();
        deliveries.close();
        routings.close();
        deadRequests.close();
        receiver.close();
    }

    private ConfigurableApplicationContext startNotifier() {
        return new SpringApplicationBuilder(NotifierApplication.class).properties(
                "spring.kafka.bootstrap-servers=" + bootstrapServers,
                "server.port=0",
                "notifier.partitions=2",
                "spring.kafka.consumer.properties.fetch.max.wait.ms=100",
                "notifier.delivery.max-attempts=3",
                "notifier.delivery.initial-backoff=1s",
                "notifier.delivery.multiplier=2",
                "notifier.delivery.max-backoff=4s",
                "notifier.delivery.jitter=100ms",
                "notifier.outbound.allow-private[0]=127.0.0.1",
                "notifier.outbound.allow-plain-http[0]=127.0.0.1",
                "notifier.ats-links.greenhouse=https://app.greenhouse.io/people/{externalId}",
                "notifier.subscriptions.engineers.filter.roles[0]=BACKEND_ENGINEER",
                "notifier.subscriptions.engineers.channels[0].type=WEBHOOK",
                "notifier.subscriptions.engineers.channels[0].url=" + receiver.url("/hooks/engineers"),
                "notifier.subscriptions.engineers.channels[0].secrets[0]=" + SECRET,
                "notifier.subscriptions.reviewers.filter.review=ONLY",
                "notifier.subscriptions.reviewers.channels[0].type=SLACK",
                "notifier.subscriptions.reviewers.channels[0].url=" + receiver.url("/hooks/review"),
                "notifier.subscriptions.developers.filter.roles[0]=BACKEND_DEVELOPER",
                "notifier.subscriptions.developers.filter.review=EXCLUDED",
                "notifier.subscriptions.developers.channels[0].type=WEBHOOK",
                "notifier.subscriptions.developers.channels[0].url=" + receiver.url("/hooks/developers"),
                "notifier.subscriptions.developers.channels[0].secrets[0]=" + SECRET)
                .run();
    }

    @Test
    void notifiesEachMatchingSubscriptionOnceAndRecordsTheDelivery() {
        classify(classified("greenhouse:101", "evt-101", CandidateRole.BACKEND_ENGINEER, 0.9));

        NotificationDelivery delivered = awaitDelivery("greenhouse:101", DeliveryStatus.DELIVERED);
        assertThat(delivered.getSubscription()).isEqualTo("engineers");
        assertThat(delivered.getChannel()).isEqualTo(NotificationChannel.WEBHOOK);
        assertThat(delivered.getAttempt()).isEqualTo(1);
        assertThat(delivered.getHttpStatus()).isEqualTo(204);
        assertThat(delivered.getLatencyMs()).isNotNull().isNotNegative();

        List<Received> requests = forCandidate("/hooks/engineers", "greenhouse:101");
        assertThat(requests).hasSize(1);
        Received request = requests.get(0);
        assertThat(request.header("webhook-id")).isEqualTo(delivered.getDeliveryId()).startsWith("msg_");
        assertThat(request.header("webhook-signature")).startsWith("v1,");
        assertThat(request.body()).contains("DISTANTJOB", "https://app.greenhouse.io/people/101", "Grace Example");
        assertThat(forCandidate("/hooks/review", "greenhouse:101")).isEmpty();
        assertThat(forCandidate("/hooks/developers", "greenhouse:101")).isEmpty();
    }

    @Test
    void anUnchangedOutcomeIsNotNotifiedAgainButAChangedOneIs() {
        String key = "greenhouse:102";
        classify(classified(key, "evt-102a", CandidateRole.BACKEND_ENGINEER, 0.9));
        awaitDelivery(key, DeliveryStatus.DELIVERED);

        classify(classified(key, "evt-102b", CandidateRole.BACKEND_ENGINEER, 0.92));
        NotificationDelivery skipped = awaitDelivery(key, DeliveryStatus.SKIPPED_UNCHANGED);
        assertThat(skipped.getSubscription()).isEqualTo("engineers");
        assertThat(skipped.getAttempt()).isZero();

        classify(classified(key, "evt-102c", CandidateRole.BACKEND_ENGINEER, 0.3));
        await().atMost(TopicProbe.DEFAULT_WAIT).untilAsserted(() -> {
            assertThat(forCandidate("/hooks/review", key)).hasSize(1);
            assertThat(forCandidate("/hooks/engineers", key)).hasSize(2);
        });
        assertThat(forCandidate("/hooks/engineers", key)).extracting(request -> request.header("webhook-id"))
                .doesNotHaveDuplicates();
        assertThat(forCandidate("/hooks/review", key).get(0).body()).contains("\"blocks\"", "\"text\"");
    }

    @Test
    void aTombstoneForgetsTheCandidateAndNotifiesNobody() {
        String key = "greenhouse:103";
        classify(classified(key, "evt-103a", CandidateRole.BACKEND_ENGINEER, 0.9));
        awaitDelivery(key, DeliveryStatus.DELIVERED);

        classifier.send(new ProducerRecord<>(Topics.CANDIDATE_CLASSIFICATIONS.name(), key, null));
        routings.awaitRecord(record -> key.equals(record.key()) && record.value() == null);
        classify(classified(key, "evt-103b", CandidateRole.BACKEND_ENGINEER, 0.9));

        await().atMost(TopicProbe.DEFAULT_WAIT).untilAsserted(() ->
                assertThat(deliveriesOf(key)).filteredOn(d -> d.getStatus() == DeliveryStatus.DELIVERED).hasSize(2));
        assertThat(forCandidate("/hooks/engineers", key)).hasSize(2);
        assertThat(deliveriesOf(key)).noneMatch(d -> d.getStatus() == DeliveryStatus.SKIPPED_UNCHANGED);
    }

    @Test
    void retriesAFailingReceiverWithTheSameIdWithoutHoldingBackOtherCandidates() {
        receiver.answer("/hooks/developers", 503, 429);
        String flaky = "lever:201";
        classify(classified(flaky, "evt-201", CandidateRole.BACKEND_DEVELOPER, 0.9));
        await().atMost(TopicProbe.DEFAULT_WAIT).until(() -> forCandidate("/hooks/developers", flaky).size() == 1);
        String other = "greenhouse:202";
        classify(classified(other, "evt-202", CandidateRole.BACKEND_ENGINEER, 0.9));

        awaitDelivery(other, DeliveryStatus.DELIVERED);
        assertThat(deliveriesOf(flaky)).noneMatch(d -> d.getStatus() == DeliveryStatus.DELIVERED);

        NotificationDelivery delivered = awaitDelivery(flaky, DeliveryStatus.DELIVERED);
        assertThat(delivered.getAttempt()).isEqualTo(3);
        assertThat(deliveriesOf(flaky)).extracting(NotificationDelivery::getStatus, NotificationDelivery::getHttpStatus)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(DeliveryStatus.RETRYING, 503),
                        org.assertj.core.groups.Tuple.tuple(DeliveryStatus.RETRYING, 429),
                        org.assertj.core.groups.Tuple.tuple(DeliveryStatus.DELIVERED, 204));
        assertThat(forCandidate("/hooks/developers", flaky)).extracting(request -> request.header("webhook-id"))
                .containsOnly(delivered.getDeliveryId()).hasSize(3);
    }

    @Test
    void givesUpAfterTheLastAttemptAndDeadLettersTheRequestWithItsReason() {
        receiver.answer("/hooks/developers", 503, 503, 503);
        String key = "lever:203";
        classify(classified(key, "evt-203", CandidateRole.BACKEND_DEVELOPER, 0.9));

        NotificationDelivery failed = awaitDelivery(key, DeliveryStatus.FAILED);
        assertThat(failed.getAttempt()).isEqualTo(3);
        ConsumerRecord<String, byte[]> dead = deadRequests.awaitKey(key);
        assertThat(header(dead, DeadLetters.REASON)).startsWith("gave up after 3 attempts");
        assertThat(new AvroSingleObjectDeserializer<>(RoutingDecision.class).deserialize("", dead.value())
                .getCandidateKey()).isEqualTo(key);
    }

    @Test
    void aPermanentFailureIsNotRetried() {
        receiver.answer("/hooks/developers", 410);
        String key = "lever:204";
        classify(classified(key, "evt-204", CandidateRole.BACKEND_DEVELOPER, 0.9));

        NotificationDelivery failed = awaitDelivery(key, DeliveryStatus.FAILED);
        assertThat(failed.getAttempt()).isEqualTo(1);
        assertThat(failed.getHttpStatus()).isEqualTo(410);
        assertThat(header(deadRequests.awaitKey(key), DeadLetters.REASON)).startsWith("cannot be delivered");
        assertThat(forCandidate("/hooks/developers", key)).hasSize(1);
    }

    @Test
    void aRequestThatIsNotAvroGoesToTheDeadLetterTopic() {
        classifier.send(new ProducerRecord<>(Topics.NOTIFICATION_REQUESTS.name(), "junk:1", "not avro".getBytes()));
        classifier.flush();

        assertThat(header(deadRequests.awaitKey("junk:1"), DeadLetters.REASON)).startsWith("cannot deserialize the value");
    }

    @Test
    void remembersTheNotifiedOutcomesAcrossARestart() {
        String key = "greenhouse:105";
        classify(classified(key, "evt-105a", CandidateRole.BACKEND_ENGINEER, 0.9));
        awaitDelivery(key, DeliveryStatus.DELIVERED);

        notifier.close();
        notifier = startNotifier();
        classify(classified(key, "evt-105b", CandidateRole.BACKEND_ENGINEER, 0.9));

        awaitDelivery(key, DeliveryStatus.SKIPPED_UNCHANGED);
        assertThat(forCandidate("/hooks/engineers", key)).hasSize(1);
    }

    private NotificationDelivery awaitDelivery(String key, DeliveryStatus status) {
        return deliveries.awaitRecord(record -> key.equals(record.key()) && record.value().getStatus() == status)
                .value();
    }

    private List<NotificationDelivery> deliveriesOf(String key) {
        return deliveries.received().stream().filter(record -> key.equals(record.key()))
                .map(ConsumerRecord::value).toList();
    }

    private List<Received> forCandidate(String path, String key) {
        return receiver.received(path).stream().filter(request -> request.body().contains(key)).toList();
    }

    private void classify(CandidateClassified classified) {
        classifier.send(new ProducerRecord<>(Topics.CANDIDATE_CLASSIFICATIONS.name(), classified.getCandidateKey(),
                classified));
        classifier.flush();
    }

    private static CandidateClassified classified(String key, String eventId, CandidateRole role, double confidence) {
        CandidateClassified classified = Classifications.classified(key, role, confidence,
                EngagementType.FULL_TIME, WorkplaceType.REMOTE);
        classified.setProfileEventId(eventId);
        return classified;
    }
}
