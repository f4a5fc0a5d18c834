package io.recruitflow.notifier.messaging;

import java.util.List;
import java.util.stream.Collectors;

import io.recruitflow.avro.PlatformRanking;
import io.recruitflow.avro.RoutingDecision;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The simplest recruiter channel: one readable line per routed candidate in the service log.
 * Lines are written after the transaction commits, so a rolled-back batch prints nothing. The line
 * names the candidate by key only: no name or other candidate data goes to logs.
 */
final class RecruiterLog {

    private static final Logger log = LoggerFactory.getLogger(RecruiterLog.class);

    void afterCommit(List<RoutingDecision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        AfterCommit.run(() -> decisions.forEach(RecruiterLog::write));
    }

    static String line(RoutingDecision decision) {
        String alternatives = decision.getRankings().stream().skip(1).map(PlatformRanking::getPlatform)
                .map(Enum::name).collect(Collectors.joining(", "));
        String why = decision.getRankings().isEmpty() ? "" : String.join("; ", decision.getRankings().get(0).getReasons());
        return "Routed %s as %s (confidence %.2f): suggest %s (%s); then %s; queue %s%s [%s]".formatted(
                decision.getCandidateKey(), decision.getRole(), decision.getConfidence(),
                decision.getSuggestedPlatform(), why, alternatives, decision.getQueue(),
                decision.getRequiresHumanReview() ? "; HUMAN REVIEW: " + decision.getReviewReason() : "",
                decision.getRulesVersion());
    }

    private static void write(RoutingDecision decision) {
        log.info(line(decision));
    }
}
