package io.recruitflow.notifier;

import java.time.Instant;
import java.util.List;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.Evidence;
import io.recruitflow.avro.RoleScore;
import io.recruitflow.avro.WorkPreferences;
import io.recruitflow.avro.WorkplaceType;

/** Classifications as classifier-service writes them, for notifier's tests. */
public final class Classifications {

    private Classifications() {
    }

    public static CandidateClassified classified(String key, CandidateRole role, double confidence, EngagementType engagement,
                                          WorkplaceType workplace) {
        String[] parts = key.split(":", 2);
        Instant now = Instant.now();
        return CandidateClassified.newBuilder()
                .setCandidateKey(key).setSource(parts[0]).setExternalId(parts[1])
                .setProfileEventId("evt-" + parts[1]).setOccurredAt(now).setClassifiedAt(now)
                .setDisplayName("Grace Example")
                .setRole(role).setConfidence(confidence)
                .setScores(List.of(new RoleScore(CandidateRole.BACKEND_ENGINEER, confidence)))
                .setEvidence(List.of(new Evidence(CandidateRole.BACKEND_ENGINEER, "SKILL", "skills[0].name", "java", 1.0,
                        "Backend Engineer Skills")))
                .setModelVersion("backend-roles@test")
                .setYearsOfExperience(8.0)
                .setCurrentTitle("Senior Backend Engineer")
                .setPreferences(WorkPreferences.newBuilder().setEngagementTypes(List.of(engagement))
                        .setWorkplace(workplace).build())
                .build();
    }
}
