package io.recruitflow.harness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import io.recruitflow.avro.NotificationDelivery;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.testing.TopicProbe;
import io.recruitflow.contracts.topics.Topics;
import io.recruitflow.harness.Pipeline.Connection;
import io.recruitflow.harness.SampleCandidates.Sample;
import io.recruitflow.harness.security.KafkaAccess;
import io.recruitflow.harness.security.TestCertificates;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.SslConfigs;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.TopicAuthorizationException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The pipeline on a secured standalone broker, each service with a principal of its own, configured
 * through environment variables only: classifier and notifier log in with SCRAM-SHA-512 over TLS,
 * ingest with a client certificate (mTLS). The broker's {@code StandardAuthorizer} allows nothing
 * without an ACL; the ACLs are {@link KafkaAccess}'s, created by the SCRAM admin. Certificates are
 * made for this run, and every password is a canary that no log may contain.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KafkaSecurityTest {

    private static final Path WORK = Path.of("target", "kafka-security");
    private static final Path LOGS = WORK.resolve("logs");
    private static final String API_KEY = "security-api-key";
    private static final String INGEST_PRINCIPAL = "User:CN=ingest-service";
    private static final String READER_PRINCIPAL = "User:CN=recruiter-tools";

    private final HttpClient http = HttpClient.newHttpClient();
    private final RecruiterInbox inbox = new RecruiterInbox(notification -> { });
    private final String storePassword = canary();
    private final String adminPassword = canary();
    private final String classifierPassword = canary();
    private final String notifierPassword = canary();
    private final String wrongPassword = canary();
    private TestCertificates certificates;
    private BrokerSecurity security;
    private BrokerProcess broker;
    private Admin admin;
    private Pipeline pipeline;
    private Path readerKeyStore;
    private TopicProbe<RoutingDecision> routings;

    @BeforeAll
    void startASecuredBrokerAndThePipeline() throws Exception {
        KraftBroker.deleteRecursively(WORK);
        certificates = TestCertificates.create(WORK.resolve("tls"), storePassword);
        Path brokerKeyStore = certificates.keyStore("kafka-broker");
        Path ingestKeyStore = certificates.keyStore("ingest-service");
        readerKeyStore = certificates.keyStore("recruiter-tools");
        security = new BrokerSecurity(brokerKeyStore, certificates.trustStore(), storePassword, "User:CN=kafka-broker",
                "admin", adminPassword, Map.of("classifier", classifierPassword, "notifier", notifierPassword));
        broker = BrokerProcess.startSecured(0, WORK, security);

        admin = Admin.create(security.adminClientConfig(broker.bootstrapServers()));
        KafkaAccess.provision(admin, 3, (short) 1, Map.of(PipelineService.INGEST, INGEST_PRINCIPAL,
                PipelineService.CLASSIFIER, "User:classifier", PipelineService.NOTIFIER, "User:notifier"));
        admin.createAcls(KafkaAccess.topicReader(READER_PRINCIPAL, Topics.CANDIDATE_ROUTINGS.name(),
                TopicProbe.GROUP_PREFIX)).all().get();

        Map<PipelineService, Connection> connections = new EnumMap<>(PipelineService.class);
        connections.put(PipelineService.INGEST, new Connection(broker.mtlsBootstrapServers(), certificateLogin(ingestKeyStore)));
        connections.put(PipelineService.CLASSIFIER, new Connection(broker.bootstrapServers(),
                scramLogin("classifier", classifierPassword)));
        connections.put(PipelineService.NOTIFIER, new Connection(broker.bootstrapServers(),
                scramLogin("notifier", notifierPassword)));
        pipeline = Pipeline.start(connections, Map.of(), LOGS, settings());
        routings = TopicProbe.of(security.certificateClientConfig(broker.mtlsBootstrapServers(), readerKeyStore),
                Topics.CANDIDATE_ROUTINGS.name(), new AvroSingleObjectDeserializer<>(RoutingDecision.class));
    }

    @AfterAll
    void stopEverything() {
        for (AutoCloseable closeable : new AutoCloseable[] {routings, pipeline, admin, broker, inbox}) {
            try {
                if (closeable != null) {
                    closeable.close();
                }
            } catch (Exception e) {
                // keep closing the rest
            }
        }
    }

    @Test
    void eachServiceWorksWithItsOwnPrincipalAndACertificateReaderSeesTheCommittedDecision() throws Exception {
        // Given the three services up and ready (readiness asks the broker as each service's principal)
        Sample engineer = SampleCandidates.ALL.get(0);

        // When a candidate is posted to ingest
        HttpResponse<String> accepted = http.send(HttpRequest.newBuilder(URI.create(pipeline.ingestUrl() + "/api/v1/candidates"))
                .header("Content-Type", "application/json").header("X-Api-Key", API_KEY)
                .POST(HttpRequest.BodyPublishers.ofByteArray(engineer.json())).build(), HttpResponse.BodyHandlers.ofString());

        // Then it is routed (ingest over mTLS, classifier and notifier over SCRAM, in transactions),
        // read by a reader with a client certificate, and delivered with the attempt recorded
        assertThat(accepted.statusCode()).isEqualTo(202);
        assertThat(routings.awaitKey(engineer.candidateKey()).value().getRole()).isEqualTo(engineer.expectedRole());
        await().atMost(TopicProbe.DEFAULT_WAIT).until(() -> inbox.received().stream()
                .anyMatch(received -> engineer.candidateKey().equals(received.body().path("candidate").path("key").asString())));
        try (TopicProbe<NotificationDelivery> deliveries = TopicProbe.of(security.adminClientConfig(broker.bootstrapServers()),
                Topics.NOTIFICATION_DELIVERIES.name(), new AvroSingleObjectDeserializer<>(NotificationDelivery.class))) {
            assertThat(deliveries.awaitRecord(record -> engineer.candidateKey().equals(record.key())
                    && "DELIVERED".equals(String.valueOf(record.value().getStatus()))).value()).isNotNull();
        }
        for (PipelineService service : PipelineService.values()) {
            assertNoSecretIn(pipeline.service(service).log());
        }
        assertNoSecretIn(WORK.resolve("kafka.log"));
    }

    @Test
    void aServiceWithAWrongPasswordExitsAtStartUpSayingKafkaRefusedItsCredentials() throws Exception {
        // Given classifier's SCRAM user with a wrong password
        Map<String, String> login = scramLogin("classifier", wrongPassword);

        // When a classifier instance starts with it
        ServiceProcess refused = ServiceProcess.start(PipelineService.CLASSIFIER, KraftBroker.freePort(),
                broker.bootstrapServers(), LOGS.resolve("wrong-password"), settings(), List.of(), login);

        // Then it stops at start-up, saying why, without the password
        assertThat(refused.awaitExit(Duration.ofMinutes(2))).isNotZero();
        String log = Files.readString(refused.log());
        assertThat(log).contains("Kafka refused this service's credentials (security.protocol=SASL_SSL, sasl.mechanism=SCRAM-SHA-512)")
                .contains("Authentication failed during authentication due to invalid credentials with SASL mechanism SCRAM-SHA-512")
                .contains("APPLICATION FAILED TO START");
        assertNoSecretIn(refused.log());
    }

    @Test
    void aPlaintextClientOrOneWithoutACertificateGetsNothing() {
        // A plaintext client against the SCRAM and the mTLS listener: the TLS listeners never answer it
        for (String listener : List.of(broker.bootstrapServers(), broker.mtlsBootstrapServers())) {
            try (Admin plaintext = Admin.create(boundedAdmin(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, listener)))) {
                assertThatThrownBy(() -> plaintext.listTopics().names().get(30, TimeUnit.SECONDS))
                        .as(listener).isInstanceOf(ExecutionException.class)
                        .hasCauseInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
            }
        }
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(Map.of(
                CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                CommonClientConfigs.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000),
                new ByteArrayDeserializer(), new ByteArrayDeserializer())) {
            assertThatThrownBy(() -> consumer.partitionsFor(Topics.CANDIDATE_ROUTINGS.name()))
                    .isInstanceOf(org.apache.kafka.common.errors.TimeoutException.class);
        }
        // A TLS client without a certificate on the mTLS listener is refused in the handshake
        Map<String, Object> noCertificate = security.certificateClientConfig(broker.mtlsBootstrapServers(), readerKeyStore);
        noCertificate.remove(SslConfigs.SSL_KEYSTORE_LOCATION_CONFIG);
        noCertificate.remove(SslConfigs.SSL_KEYSTORE_PASSWORD_CONFIG);
        noCertificate.remove(SslConfigs.SSL_KEYSTORE_TYPE_CONFIG);
        try (Admin anonymous = Admin.create(boundedAdmin(noCertificate))) {
            assertThatThrownBy(() -> anonymous.listTopics().names().get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(SslAuthenticationException.class);
        }
    }

    @Test
    void classifierCanNeitherReadTheRoutingsNorWriteTheProfiles() {
        Map<String, Object> classifier = security.scramClientConfig(broker.bootstrapServers(), "classifier", classifierPassword);

        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(classifier, new StringDeserializer(),
                new ByteArrayDeserializer())) {
            consumer.assign(List.of(new TopicPartition(Topics.CANDIDATE_ROUTINGS.name(), 0)));
            consumer.seekToBeginning(consumer.assignment());
            assertThatThrownBy(() -> consumer.poll(Duration.ofSeconds(10)))
                    .isInstanceOf(TopicAuthorizationException.class)
                    .hasMessageContaining(Topics.CANDIDATE_ROUTINGS.name());
        }

        Map<String, Object> producerConfig = new HashMap<>(classifier);
        producerConfig.put(ProducerConfig.MAX_BLOCK_MS_CONFIG, 10_000);
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(producerConfig, new StringSerializer(),
                new ByteArraySerializer())) {
            assertThatThrownBy(() -> producer.send(new ProducerRecord<>(Topics.CANDIDATE_PROFILES.name(), "greenhouse:1",
                    new byte[] {1})).get(30, TimeUnit.SECONDS))
                    .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(TopicAuthorizationException.class);
        }
    }

    private Map<String, String> settings() {
        Map<String, String> settings = new HashMap<>(inbox.notifierProperties("security-recruiters"));
        settings.putAll(Map.of("notifier.partitions", "3", "classifier.partitions", "3", "ingest.partitions", "3",
                "ingest.api.api-keys", API_KEY));
        return settings;
    }

    /** SCRAM-SHA-512 over TLS, as the README's "Kafka security" tells an operator to set it. */
    private Map<String, String> scramLogin(String user, String password) {
        Map<String, String> environment = trustTheBroker("SASL_SSL");
        environment.put("SPRING_KAFKA_PROPERTIES_SASL_MECHANISM", BrokerSecurity.SCRAM_MECHANISM);
        environment.put("SPRING_KAFKA_PROPERTIES_SASL_JAAS_CONFIG", BrokerSecurity.scramJaasConfig(user, password));
        return environment;
    }

    /** mTLS: the service's client certificate is its principal. */
    private Map<String, String> certificateLogin(Path keyStore) {
        Map<String, String> environment = trustTheBroker("SSL");
        environment.put("SPRING_KAFKA_SSL_KEY_STORE_LOCATION", "file:" + keyStore.toAbsolutePath());
        environment.put("SPRING_KAFKA_SSL_KEY_STORE_PASSWORD", certificates.password());
        environment.put("SPRING_KAFKA_SSL_KEY_STORE_TYPE", "PKCS12");
        return environment;
    }

    private Map<String, String> trustTheBroker(String protocol) {
        Map<String, String> environment = new HashMap<>();
        environment.put("SPRING_KAFKA_SECURITY_PROTOCOL", protocol);
        environment.put("SPRING_KAFKA_SSL_TRUST_STORE_LOCATION", "file:" + certificates.trustStore().toAbsolutePath());
        environment.put("SPRING_KAFKA_SSL_TRUST_STORE_PASSWORD", certificates.password());
        environment.put("SPRING_KAFKA_SSL_TRUST_STORE_TYPE", "PKCS12");
        return environment;
    }

    private static Map<String, Object> boundedAdmin(Map<String, Object> config) {
        Map<String, Object> bounded = new HashMap<>(config);
        bounded.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 3_000);
        bounded.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 1_500);
        return bounded;
    }

    private void assertNoSecretIn(Path log) throws IOException {
        assertThat(Files.readString(log)).as(log.toString())
                .doesNotContain(storePassword, adminPassword, classifierPassword, notifierPassword, wrongPassword);
    }

    private static String canary() {
        return "canary" + UUID.randomUUID().toString().replace("-", "");
    }
}
