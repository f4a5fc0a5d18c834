package io.recruitflow.harness;

import java.util.stream.Collectors;

import io.recruitflow.avro.PlatformRanking;
import io.recruitflow.avro.RoutingDecision;

/** A routing decision as a recruiter reads it in the terminal. */
final class Notifications {

    private Notifications() {
    }

    static String render(RoutingDecision decision) {
        PlatformRanking best = decision.getRankings().get(0);
        String alternatives = decision.getRankings().stream().skip(1)
                .map(ranking -> "%s %.2f".formatted(ranking.getPlatform(), ranking.getScore()))
                .collect(Collectors.joining(", "));
        String review = decision.getRequiresHumanReview()
                ? "  review:  HUMAN REVIEW - " + decision.getReviewReason() + "\n"
                : "";
        return """
                ── %s ─ %s, confidence %.2f
                  suggest: %s (%.2f) - %s
                  then:    %s
                  queue:   %s
                %s  model %s | rules %s
                """.formatted(decision.getCandidateKey(), decision.getRole(), decision.getConfidence(),
                decision.getSuggestedPlatform(), best.getScore(), String.join("; ", best.getReasons()),
                alternatives, decision.getQueue(), review, decision.getModelVersion(), decision.getRulesVersion());
    }
}
