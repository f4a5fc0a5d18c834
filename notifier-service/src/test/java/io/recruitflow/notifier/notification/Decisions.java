package io.recruitflow.notifier.notification;

import java.time.Instant;
import java.util.List;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.Evidence;
import io.recruitflow.avro.PlatformRanking;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.avro.SourcingPlatform;

/** Routing decisions for the notification tests. */
final class Decisions {

    private Decisions() {
    }

    static RoutingDecision.Builder engineer(String key) {
        String[] parts = key.split(":", 2);
        Instant at = Instant.parse("2026-11-28T10:15:30Z");
        return RoutingDecision.newBuilder()
                .setCandidateKey(key).setSource(parts[0]).setExternalId(parts[1])
                .setProfileEventId("evt-" + parts[1])
                .setOccurredAt(at).setDecidedAt(at.plusMillis(40))
                .setDisplayName("Ada Example")
                .setRole(CandidateRole.BACKEND_ENGINEER).setConfidence(0.87)
                .setSuggestedPlatform(SourcingPlatform.DISTANTJOB)
                .setRankings(List.of(
                        new PlatformRanking(SourcingPlatform.DISTANTJOB, 0.9, List.of("full-time remote hire")),
                        new PlatformRanking(SourcingPlatform.HIRED, 0.6, List.of("full-time marketplace")),
                        new PlatformRanking(SourcingPlatform.UPWORK, 0.1, List.of())))
                .setRequiresHumanReview(false)
                .setQueue("backend-engineering")
                .setRulesVersion("routing-rules@1")
                .setModelVersion("backend-roles@2")
                .setTopEvidence(List.of(new Evidence(CandidateRole.BACKEND_ENGINEER, "PERSPECTIVE", "work[0].summary",
                        "system architecture", 2.0, "Backend Engineer vs Backend Developer: Perspective")));
    }
}
