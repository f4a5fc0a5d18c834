package io.recruitflow.contracts.avro;

import java.time.Instant;
import java.util.List;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.Evidence;
import io.recruitflow.avro.PlatformRanking;
import io.recruitflow.avro.RoleScore;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.avro.Skill;
import io.recruitflow.avro.SourcingPlatform;
import io.recruitflow.avro.WorkExperience;
import io.recruitflow.avro.WorkPreferences;
import io.recruitflow.avro.WorkplaceType;

final class Samples {

    static final Instant T0 = Instant.parse("2026-11-01T10:15:30.123Z");

    private Samples() {
    }

    static WorkPreferences preferences() {
        return WorkPreferences.newBuilder()
                .setEngagementTypes(List.of(EngagementType.FULL_TIME))
                .setWorkplace(WorkplaceType.REMOTE)
                .build();
    }

    static CandidateProfile profile() {
        return CandidateProfile.newBuilder()
                .setCandidateKey("greenhouse:4711")
                .setSource("greenhouse")
                .setExternalId("4711")
                .setEventId("evt-1")
                .setOccurredAt(T0)
                .setReceivedAt(T0.plusSeconds(1))
                .setDisplayName("Ada Example")
                .setHeadline("Backend Engineer")
                .setYearsOfExperience(7.5)
                .setSkills(List.of(Skill.newBuilder().setName("java").setKeywords(List.of("spring")).build()))
                .setWork(List.of(WorkExperience.newBuilder().setPosition("Backend Engineer").setStartDate("2019-03")
                        .setHighlights(List.of("Designed the storage layer")).build()))
                .setEducation(List.of())
                .setPreferences(preferences())
                .build();
    }

    static CandidateClassified classified() {
        return CandidateClassified.newBuilder()
                .setCandidateKey("greenhouse:4711").setSource("greenhouse").setExternalId("4711")
                .setProfileEventId("evt-1").setOccurredAt(T0).setClassifiedAt(T0.plusSeconds(2))
                .setRole(CandidateRole.BACKEND_ENGINEER).setConfidence(0.8)
                .setScores(List.of(new RoleScore(CandidateRole.BACKEND_ENGINEER, 0.8)))
                .setEvidence(List.of(new Evidence(CandidateRole.BACKEND_ENGINEER, "SKILL", "skills[0].name", "java", 1.0,
                        "Backend Engineer Skills")))
                .setModelVersion("backend-roles@1")
                .setPreferences(preferences())
                .build();
    }

    static RoutingDecision routing() {
        return RoutingDecision.newBuilder()
                .setCandidateKey("greenhouse:4711").setSource("greenhouse").setExternalId("4711")
                .setProfileEventId("evt-1").setOccurredAt(T0).setDecidedAt(T0.plusSeconds(3))
                .setRole(CandidateRole.BACKEND_ENGINEER).setConfidence(0.8)
                .setSuggestedPlatform(SourcingPlatform.DISTANTJOB)
                .setRankings(List.of(new PlatformRanking(SourcingPlatform.DISTANTJOB, 0.9, List.of("full-time remote"))))
                .setRequiresHumanReview(false).setQueue("backend").setRulesVersion("routing@1").setModelVersion("backend-roles@1")
                .build();
    }
}
