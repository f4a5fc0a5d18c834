package io.recruitflow.dlttool;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.kafka.support.serializer.DeserializationException;
import org.springframework.kafka.test.EmbeddedKafkaBroker;
import org.springframework.kafka.test.context.EmbeddedKafka;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The tool against a real (embedded KRaft) broker, run in-process as ops would run it, on dead
 * letters written by Spring's recoverer under the pipeline's dead-letter contract.
 */
@EmbeddedKafka(brokerProperties = {"transaction.state.log.replication.factor=1", "transaction.state.log.min.isr=1"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DltToolIntegrationTest {

    private static final String SECRET_NAME = "Ada Okafor";
    private static final byte[] AVRO_LIKE = HexFormat.of().parseHex("c301a1b2c3d4e5f60718020a");

    private String bootstrapServers;
    private DeadLetterFixtures fixtures;

    @BeforeAll
    void start(EmbeddedKafkaBroker broker) {
        bootstrapServers = broker.getBrokersAsString();
        fixtures = new DeadLetterFixtures(bootstrapServers);
    }

    @AfterAll
    void stop() {
        fixtures.close();
    }

    @Test
    void listsDeadLettersWithReasonAndOriginButNeverTheirValuesUnlessAsked() {
        String dlt = fixtures.newDeadLetterTopic();
        fixtures.deadLetter(dlt, 1, "greenhouse:4711", "{\"name\":\"" + SECRET_NAME + "\"}",
                new IllegalArgumentException("skills[0].name: is required"));
        fixtures.deadLetter(dlt, 2, "lever:a1", AVRO_LIKE,
                new DeserializationException("failed to deserialize", AVRO_LIKE, false, new IllegalStateException("unknown schema fingerprint")));

        ToolRun list = run("list", "--topic", dlt);

        assertThat(list.exitCode()).as(list.toString()).isZero();
        assertThat(list.out()).contains(dlt + ": 2 dead letters")
                .contains("1@0", "greenhouse:4711", DeadLetter.replayTarget(dlt) + "-1@", DeadLetterFixtures.GROUP,
                        "IllegalArgumentException", "skills[0].name: is required")
                .contains("2@0", "lever:a1", "cannot deserialize the value: unknown schema fingerprint")
                .doesNotContain(SECRET_NAME).doesNotContain("c301");

        ToolRun withValues = run("list", "--topic", dlt, "--show-values");

        assertThat(withValues.out()).contains("value: utf-8, 21 bytes: {\"name\":\"" + SECRET_NAME + "\"}")
                .contains("value: hex, 12 bytes: c301a1b2c3d4e5f60718020a");
    }

    @Test
    void listsAsJsonLinesFilteredByReason() {
        String dlt = fixtures.newDeadLetterTopic();
        fixtures.deadLetter(dlt, 0, "greenhouse:1", "{}", new IllegalArgumentException("externalId: is required"));
        fixtures.deadLetter(dlt, 0, "greenhouse:2", "{}", new IllegalStateException("role model not loaded"));

        ToolRun list = run("list", "--topic", dlt, "--reason-contains", "ROLE MODEL", "--format", "json");

        assertThat(list.exitCode()).as(list.toString()).isZero();
        List<JsonNode> lines = json(list.out());
        assertThat(lines).hasSize(1);
        JsonNode line = lines.get(0);
        assertThat(line.path("topic").asString()).isEqualTo(dlt);
        assertThat(line.path("partition").asInt()).isZero();
        assertThat(line.path("offset").asLong()).isEqualTo(1);
        assertThat(line.path("key").asString()).isEqualTo("greenhouse:2");
        assertThat(line.path("originalTopic").asString()).isEqualTo(DeadLetter.replayTarget(dlt));
        assertThat(line.path("consumerGroup").asString()).isEqualTo(DeadLetterFixtures.GROUP);
        assertThat(line.path("exception").asString()).isEqualTo(IllegalStateException.class.getName());
        assertThat(line.path("reason").asString()).isEqualTo("role model not loaded");
        assertThat(line.has("value")).isFalse();
    }

    @Test
    void replaysACopyWithTheOriginalKeyValueAndHeadersOnceHoweverOftenItRuns() {
        String dlt = fixtures.newDeadLetterTopic();
        String target = DeadLetter.replayTarget(dlt);
        fixtures.deadLetter(dlt, 2, "greenhouse:4711", AVRO_LIKE, new IllegalStateException("role model not loaded"));
        fixtures.deadLetter(dlt, 0, "greenhouse:4712", "{}", new IllegalStateException("role model not loaded"));

        ToolRun first = run("replay", "--topic", dlt, "--all");
        ToolRun second = run("replay", "--topic", dlt, "--all");

        assertThat(first.exitCode()).as(first.toString()).isZero();
        assertThat(first.out()).contains("replayed 2 of 2 matching dead letters from " + dlt + " to " + target);
        assertThat(second.exitCode()).as(second.toString()).isZero();
        assertThat(second.out()).contains("replayed 0 of 2 matching dead letters").contains("2 had been replayed before");
        List<ConsumerRecord<byte[], byte[]>> copies = fixtures.committed(target);
        assertThat(copies).hasSize(2);
        ConsumerRecord<byte[], byte[]> copy = copies.stream()
                .filter(record -> new String(record.key(), StandardCharsets.UTF_8).equals("greenhouse:4711")).findFirst().orElseThrow();
        assertThat(copy.partition()).isEqualTo(2);
        assertThat(copy.value()).isEqualTo(AVRO_LIKE);
        assertThat(headerNames(copy)).containsExactly("ce_id", "ce_subject", DeadLetter.REPLAYED_FROM);
        assertThat(header(copy, DeadLetter.REPLAYED_FROM)).isEqualTo(dlt + "-2@0");
        assertThat(header(copy, "ce_id")).isEqualTo("evt-greenhouse:4711");

        ToolRun list = run("list", "--topic", dlt);
        assertThat(list.out()).contains(target + "-2@0");
        ToolRun pending = run("list", "--topic", dlt, "--pending");
        assertThat(pending.exitCode()).isEqualTo(DltTool.NOTHING_MATCHED);
    }

    @Test
    void afterAReplayByReasonASecondRunReplaysOnlyTheRest() {
        String dlt = fixtures.newDeadLetterTopic();
        fixtures.deadLetter(dlt, 0, "greenhouse:1", "{}", new IllegalStateException("role model not loaded"));
        fixtures.deadLetter(dlt, 1, "greenhouse:2", "{}", new IllegalArgumentException("externalId: is required"));
        fixtures.deadLetter(dlt, 1, "greenhouse:3", "{}", new IllegalStateException("role model not loaded"));

        ToolRun byReason = run("replay", "--topic", dlt, "--reason-contains", "role model");
        ToolRun rest = run("replay", "--topic", dlt, "--all");

        assertThat(byReason.out()).contains("replayed 2 of 2 matching dead letters");
        assertThat(rest.out()).contains(dlt + "-1@0").contains("replayed 1 of 3 matching dead letters")
                .contains("2 had been replayed before");
        assertThat(copiesPerSource(dlt)).containsOnlyKeys(dlt + "-0@0", dlt + "-1@0", dlt + "-1@1")
                .allSatisfy((source, count) -> assertThat(count).isEqualTo(1));
    }

    @Test
    void replaysSelectedOffsetsAndSaysWhichOnesItCannotFind() {
        String dlt = fixtures.newDeadLetterTopic();
        fixtures.deadLetter(dlt, 0, "greenhouse:1", "{}", new IllegalStateException("boom"));
        fixtures.deadLetter(dlt, 0, "greenhouse:2", "{}", new IllegalStateException("boom"));

        ToolRun dryRun = run("replay", "--topic", dlt, "--offsets", "0:1,2:9", "--dry-run");
        ToolRun replay = run("replay", "--topic", dlt, "--offsets", "0:1,2:9");

        assertThat(dryRun.out()).contains("would replay " + dlt + "-0@1").contains("would replay 1 of 1");
        assertThat(dryRun.err()).contains("no dead letter at 2@9");
        assertThat(replay.exitCode()).as(replay.toString()).isZero();
        assertThat(copiesPerSource(dlt)).containsOnlyKeys(dlt + "-0@1");
    }

    @Test
    void aReplayThatCrashedMidwayLeavesNoCopyOfItsOpenBatchAndTheNextRunReplaysTheRestOnce() throws Exception {
        String dlt = fixtures.newDeadLetterTopic();
        String target = DeadLetter.replayTarget(dlt);
        for (int i = 0; i < 3; i++) {
            fixtures.deadLetter(dlt, 0, "greenhouse:" + i, "{}", new IllegalStateException("boom"));
        }
        // Given a replay that committed its first batch and crashed inside its second transaction
        try (KafkaClients kafka = new KafkaClients(bootstrapServers, null, Duration.ofSeconds(30))) {
            List<DeadLetter> deadLetters = new ArrayList<>();
            new TopicReader(kafka, 10).read(dlt, record -> deadLetters.add(new DeadLetter(record)));
            ReplayLedger ledger = new ReplayLedger(kafka, dlt, kafka.describe(dlt).topicId());
            ledger.create();
            KafkaProducer<byte[], byte[]> crashing = kafka.replayProducer(dlt);
            crashing.initTransactions();
            crashing.beginTransaction();
            sendCopyAndMarker(crashing, ledger, target, deadLetters.get(0));
            crashing.commitTransaction();
            crashing.beginTransaction();
            sendCopyAndMarker(crashing, ledger, target, deadLetters.get(1));
            crashing.flush();
            crashing.close(Duration.ZERO);
        }

        // When the replay runs again
        ToolRun replay = run("replay", "--topic", dlt, "--all");

        // Then the half-done copy never became visible, and every dead letter has exactly one copy
        assertThat(replay.exitCode()).as(replay.toString()).isZero();
        assertThat(replay.out()).contains("replayed 2 of 3 matching dead letters").contains("1 had been replayed before");
        assertThat(copiesPerSource(dlt)).containsOnlyKeys(dlt + "-0@0", dlt + "-0@1", dlt + "-0@2")
                .allSatisfy((source, count) -> assertThat(count).isEqualTo(1));
    }

    @Test
    void concurrentReplaysOfOneTopicNeverDuplicateARecord() throws Exception {
        String dlt = fixtures.newDeadLetterTopic();
        int records = 24;
        for (int i = 0; i < records; i++) {
            fixtures.deadLetter(dlt, i % DeadLetterFixtures.PARTITIONS, "greenhouse:" + i, "{}", new IllegalStateException("boom"));
        }

        ExecutorService pool = Executors.newFixedThreadPool(2);
        List<ToolRun> runs = new ArrayList<>();
        try {
            Future<ToolRun> one = pool.submit(() -> run("replay", "--topic", dlt, "--all", "--batch-size", "1"));
            Future<ToolRun> other = pool.submit(() -> run("replay", "--topic", dlt, "--all", "--batch-size", "1"));
            runs.add(one.get());
            runs.add(other.get());
        } finally {
            pool.shutdown();
        }
        // A run fenced by the other stops with its own exit code; rerunning finishes whatever is left.
        assertThat(runs).allSatisfy(run -> assertThat(run.exitCode()).as(run.toString()).isIn(0, DltTool.REPLAY_TAKEN_OVER));
        ToolRun afterwards = run("replay", "--topic", dlt, "--all");

        assertThat(afterwards.exitCode()).as(afterwards.toString()).isZero();
        Map<String, Long> copies = copiesPerSource(dlt);
        assertThat(copies).hasSize(records).allSatisfy((source, count) -> assertThat(count).as(source).isEqualTo(1));
    }

    @Test
    void topicsShowsEveryDeadLetterTopicWithWhatIsStillPending() {
        String dlt = fixtures.newDeadLetterTopic();
        fixtures.deadLetter(dlt, 0, "greenhouse:1", "{}", new IllegalStateException("role model not loaded"));
        fixtures.deadLetter(dlt, 1, "greenhouse:2", "{}", new IllegalArgumentException("externalId: is required"));
        run("replay", "--topic", dlt, "--offsets", "1:0");

        ToolRun topics = run("topics", "--format", "json");

        assertThat(topics.exitCode()).as(topics.toString()).isZero();
        JsonNode line = json(topics.out()).stream().filter(node -> node.path("topic").asString().equals(dlt)).findFirst().orElseThrow();
        assertThat(line.path("partitions").asInt()).isEqualTo(DeadLetterFixtures.PARTITIONS);
        assertThat(line.path("records").asLong()).isEqualTo(2);
        assertThat(line.path("replayed").asLong()).isEqualTo(1);
        assertThat(line.path("pending").asLong()).isEqualTo(1);
        assertThat(line.path("replaysTo").asString()).isEqualTo(DeadLetter.replayTarget(dlt));
        assertThat(run("topics").out()).contains(dlt).contains("REPLAYS TO");
    }

    @Test
    void takesClientPropertiesFromTheCommandConfig(@TempDir Path dir) throws IOException {
        String dlt = fixtures.newDeadLetterTopic();
        fixtures.deadLetter(dlt, 0, "greenhouse:1", "{}", new IllegalStateException("boom"));
        Path plaintext = Files.writeString(dir.resolve("plaintext.properties"),
                "bootstrap.servers=" + bootstrapServers + "\nsecurity.protocol=PLAINTEXT\nclient.id=ops-laptop\n");
        Path sasl = Files.writeString(dir.resolve("sasl.properties"), "security.protocol=SASL_PLAINTEXT\nsasl.mechanism=PLAIN\n"
                + "sasl.jaas.config=org.apache.kafka.common.security.plain.PlainLoginModule required username=\"ops\" password=\"x\";\n");

        ToolRun withBootstrapFromFile = run("list", "--topic", dlt, "--command-config", plaintext.toString());
        ToolRun withSaslAgainstAPlaintextBroker = run("list", "--topic", dlt, "--timeout", "3",
                "--bootstrap-server", bootstrapServers, "--command-config", sasl.toString());

        assertThat(withBootstrapFromFile.exitCode()).as(withBootstrapFromFile.toString()).isZero();
        assertThat(withBootstrapFromFile.out()).contains("greenhouse:1");
        assertThat(withSaslAgainstAPlaintextBroker.exitCode()).as(withSaslAgainstAPlaintextBroker.toString()).isEqualTo(DltTool.KAFKA_FAILED);
        assertThat(withSaslAgainstAPlaintextBroker.err()).contains("cannot reach Kafka at " + bootstrapServers);
    }

    @Test
    void failsFastWithAClearMessageWhenTheBrokerIsUnreachable() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }

        ToolRun list = ToolRun.of("--bootstrap-server", "127.0.0.1:" + closedPort, "--timeout", "2", "list", "--all");

        assertThat(list.exitCode()).isEqualTo(DltTool.KAFKA_FAILED);
        assertThat(list.err()).contains("cannot reach Kafka at 127.0.0.1:" + closedPort + " (no answer within 2s)");
    }

    @Test
    void namesUnknownTopicsAndSaysWhenNothingMatches() {
        String dlt = fixtures.newDeadLetterTopic();
        fixtures.deadLetter(dlt, 0, "greenhouse:1", "{}", new IllegalStateException("boom"));

        ToolRun unknown = run("list", "--topic", "recruiting.nope.v1-dlt");
        ToolRun notADeadLetterTopic = run("replay", "--topic", DeadLetter.replayTarget(dlt), "--all");
        ToolRun nothingMatches = run("replay", "--topic", dlt, "--reason-contains", "no such reason");
        ToolRun noSelection = run("replay", "--topic", dlt);

        assertThat(unknown.exitCode()).isEqualTo(DltTool.UNKNOWN_TOPIC);
        assertThat(unknown.err()).contains("unknown topic: recruiting.nope.v1-dlt").contains(dlt);
        assertThat(notADeadLetterTopic.exitCode()).isEqualTo(DltTool.USAGE);
        assertThat(notADeadLetterTopic.err()).contains("is not a dead-letter topic");
        assertThat(nothingMatches.exitCode()).isEqualTo(DltTool.NOTHING_MATCHED);
        assertThat(nothingMatches.err()).contains("no dead letters in " + dlt + " match (with a reason containing 'no such reason')");
        assertThat(noSelection.exitCode()).isEqualTo(DltTool.USAGE);
        assertThat(noSelection.err()).contains("--offsets", "--reason-contains", "--all");
        assertThat(fixtures.committed(DeadLetter.replayTarget(dlt))).isEmpty();
    }

    private ToolRun run(String... args) {
        String[] withBroker = new String[args.length + 2];
        withBroker[0] = "--bootstrap-server";
        withBroker[1] = bootstrapServers;
        System.arraycopy(args, 0, withBroker, 2, args.length);
        return ToolRun.of(withBroker);
    }

    private static void sendCopyAndMarker(KafkaProducer<byte[], byte[]> producer, ReplayLedger ledger, String target,
            DeadLetter deadLetter) {
        producer.send(new ProducerRecord<>(target, deadLetter.partition(), deadLetter.record().key(), deadLetter.value(),
                deadLetter.replayHeaders()));
        producer.send(ledger.marker(deadLetter, target + "-?", Instant.now()));
    }

    /** The committed copies on the dead-letter topic's original topic, counted per dead letter they came from. */
    private Map<String, Long> copiesPerSource(String dlt) {
        return fixtures.committed(DeadLetter.replayTarget(dlt)).stream()
                .collect(Collectors.groupingBy(record -> header(record, DeadLetter.REPLAYED_FROM), Collectors.counting()));
    }

    private static List<String> headerNames(ConsumerRecord<?, ?> record) {
        List<String> names = new ArrayList<>();
        for (Header header : record.headers()) {
            names.add(header.key());
        }
        return names;
    }

    private static String header(ConsumerRecord<?, ?> record, String name) {
        Header header = record.headers().lastHeader(name);
        return header == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static List<JsonNode> json(String lines) {
        JsonMapper json = JsonMapper.builder().build();
        return lines.lines().filter(line -> !line.isBlank()).map(json::readTree).toList();
    }
}
