package io.recruitflow.notifier.messaging;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.PlatformRanking;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.avro.SourcingPlatform;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class RecruiterLogTest {

    @Test
    void namesTheCandidateByKeyWithRoleConfidencePlatformReasonsAlternativesAndQueue() {
        assertThat(RecruiterLog.line(decision(0.87, false))).isEqualTo(
                "Routed greenhouse:4711 as BACKEND_ENGINEER (confidence 0.87): suggest DISTANTJOB"
                        + " (full-time remote hire; wants remote work); then HIRED, UPWORK; queue backend-engineering"
                        + " [routing-rules@1]");
        assertThat(RecruiterLog.line(decision(0.5, true))).endsWith(
                "queue backend-engineering; HUMAN REVIEW: low confidence [routing-rules@1]");
    }

    @Test
    void readsAsTheFormattedLineDidWithAPointInEveryLocale() {
        Locale before = Locale.getDefault(Locale.Category.FORMAT);
        Locale.setDefault(Locale.Category.FORMAT, Locale.GERMANY);
        try {
            for (double confidence : new double[] {0, 0.005, 0.125, 0.285, 0.2849999, 0.5, 0.995, 0.9999, 1}) {
                RoutingDecision decision = decision(confidence, confidence < 0.6);
                assertThat(RecruiterLog.line(decision)).isEqualTo(formatted(decision));
            }
        } finally {
            Locale.setDefault(Locale.Category.FORMAT, before);
        }
    }

    /** The line as it was built before, with {@code String.format} (in the root locale). */
    private static String formatted(RoutingDecision decision) {
        String alternatives = decision.getRankings().stream().skip(1).map(PlatformRanking::getPlatform)
                .map(Enum::name).collect(Collectors.joining(", "));
        String why = String.join("; ", decision.getRankings().get(0).getReasons());
        return String.format(Locale.ROOT, "Routed %s as %s (confidence %.2f): suggest %s (%s); then %s; queue %s%s [%s]",
                decision.getCandidateKey(), decision.getRole(), decision.getConfidence(),
                decision.getSuggestedPlatform(), why, alternatives, decision.getQueue(),
                decision.getRequiresHumanReview() ? "; HUMAN REVIEW: " + decision.getReviewReason() : "",
                decision.getRulesVersion());
    }

    private static RoutingDecision decision(double confidence, boolean review) {
        Instant at = Instant.parse("2026-11-28T10:15:30Z");
        return RoutingDecision.newBuilder()
                .setCandidateKey("greenhouse:4711").setSource("greenhouse").setExternalId("4711")
                .setProfileEventId("evt-1").setOccurredAt(at).setDecidedAt(at)
                .setRole(CandidateRole.BACKEND_ENGINEER).setConfidence(confidence)
                .setSuggestedPlatform(SourcingPlatform.DISTANTJOB)
                .setRankings(List.of(
                        new PlatformRanking(SourcingPlatform.DISTANTJOB, 0.9, List.of("full-time remote hire", "wants remote work")),
                        new PlatformRanking(SourcingPlatform.HIRED, 0.6, List.of()),
                        new PlatformRanking(SourcingPlatform.UPWORK, 0.1, List.of())))
                .setRequiresHumanReview(review).setReviewReason(review ? "low confidence" : null)
                .setQueue("backend-engineering").setRulesVersion("routing-rules@1").setModelVersion("backend-roles@2")
                .build();
    }
}
