package io.recruitflow.contracts.topics;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.Test;

class TopicsTest {

    @Test
    void namesAreTheOnesThePublicContractFixes() {
        assertThat(Topics.ALL).extracting(Topic::name).containsExactly(
                "recruiting.ats.candidate-events.v1",
                "recruiting.candidate.profiles.v1",
                "recruiting.candidate.classifications.v1",
                "recruiting.candidate.routings.v1",
                "recruiting.notification.deliveries.v1",
                "recruiting.notification.requests.v1",
                "recruiting.notification.outcomes.v1",
                "recruiting.ingest.receipts.v1");
    }

    @Test
    void everyTopicHasADeadLetterTwinWithTheSamePartitionCount() {
        NewTopic[] declared = Topics.declarations(6, (short) 1, Topics.CANDIDATE_PROFILES);

        assertThat(declared).extracting(NewTopic::name)
                .containsExactly("recruiting.candidate.profiles.v1", "recruiting.candidate.profiles.v1-dlt");
        assertThat(declared).extracting(NewTopic::numPartitions).containsOnly(6);
        assertThat(declared).extracting(NewTopic::replicationFactor).containsOnly((short) 1);
    }

    @Test
    void candidateTopicsAreCompactedSoATombstoneErasesTheCandidate() {
        NewTopic[] declared = Topics.declarations(3, (short) 1, Topics.ALL.toArray(Topic[]::new));

        assertThat(Arrays.stream(declared).filter(t -> t.name().startsWith("recruiting.candidate.") && !t.name().endsWith("-dlt")))
                .allSatisfy(t -> assertThat(t.configs()).containsEntry("cleanup.policy", "compact"));
        assertThat(Arrays.stream(declared).filter(t -> t.name().endsWith("-dlt")))
                .allSatisfy(t -> assertThat(t.configs()).containsEntry("cleanup.policy", "delete").containsKey("retention.ms"));
    }

    @Test
    void ingestReceiptsAreCompactedAndExpire() {
        NewTopic receipts = Topics.INGEST_RECEIPTS.newTopic(3, (short) 1);

        assertThat(receipts.configs()).containsEntry("cleanup.policy", "compact,delete")
                .containsEntry("retention.ms", Long.toString(java.time.Duration.ofDays(30).toMillis()));
    }

    @Test
    void candidateKeyIsSourceColonExternalId() {
        assertThat(Topics.candidateKey("greenhouse", "4711")).isEqualTo("greenhouse:4711");
    }
}
