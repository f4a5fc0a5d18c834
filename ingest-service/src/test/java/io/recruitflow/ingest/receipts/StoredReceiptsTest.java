package io.recruitflow.ingest.receipts;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.Skill;
import io.recruitflow.contracts.candidate.CandidateIntake;
import io.recruitflow.contracts.candidate.Fixtures;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;

class StoredReceiptsTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final StoredReceipts receipts = new StoredReceipts(null, JSON);
    private final CandidateIntake intake = CandidateIntake.standard(JSON, Clock.systemUTC());

    @Test
    void theContentFingerprintIgnoresTheEventsIdAndTimesAndLeavesTheProfileAsItWas() {
        CandidateProfile profile = intake.accept(Fixtures.candidate("engineer"));
        CandidateProfile before = CandidateProfile.newBuilder(profile).build();
        CandidateProfile redelivered = CandidateProfile.newBuilder(profile).setEventId("another-event")
                .setOccurredAt(Instant.parse("2030-01-01T00:00:00Z")).setReceivedAt(Instant.now()).build();

        assertThat(receipts.fingerprint(redelivered)).isEqualTo(receipts.fingerprint(profile)).hasSize(64);
        assertThat(profile).isEqualTo(before);
    }

    @Test
    void anyChangeOfContentChangesTheFingerprint() {
        CandidateProfile profile = intake.accept(Fixtures.candidate("engineer"));
        List<Skill> fewerSkills = profile.getSkills().subList(1, profile.getSkills().size());

        assertThat(receipts.fingerprint(CandidateProfile.newBuilder(profile).setSkills(fewerSkills).build()))
                .isNotEqualTo(receipts.fingerprint(profile));
        assertThat(receipts.fingerprint(CandidateProfile.newBuilder(profile).setHeadline("Staff engineer").build()))
                .isNotEqualTo(receipts.fingerprint(profile));
        assertThat(receipts.fingerprint(CandidateProfile.newBuilder(profile).setCandidateKey("greenhouse:other").build()))
                .isNotEqualTo(receipts.fingerprint(profile));
    }
}
