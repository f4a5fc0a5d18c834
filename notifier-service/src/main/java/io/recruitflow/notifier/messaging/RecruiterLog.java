package io.recruitflow.notifier.messaging;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

import io.recruitflow.avro.PlatformRanking;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.kit.kafka.AfterCommit;
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

    /**
     * Built by hand rather than with {@code String.format}: this runs for every routed candidate, and the
     * formatter cost as much CPU as the routing itself. The confidence is rounded half-up as {@code %.2f}
     * would, but always with a '.', whatever the machine's locale.
     */
    static String line(RoutingDecision decision) {
        StringBuilder line = new StringBuilder(256).append("Routed ").append(decision.getCandidateKey())
                .append(" as ").append(decision.getRole())
                .append(" (confidence ").append(BigDecimal.valueOf(decision.getConfidence()).setScale(2, RoundingMode.HALF_UP).toPlainString())
                .append("): suggest ").append(decision.getSuggestedPlatform()).append(" (");
        if (!decision.getRankings().isEmpty()) {
            line.append(String.join("; ", decision.getRankings().get(0).getReasons()));
        }
        line.append("); then ");
        List<PlatformRanking> rankings = decision.getRankings();
        for (int i = 1; i < rankings.size(); i++) {
            line.append(i > 1 ? ", " : "").append(rankings.get(i).getPlatform().name());
        }
        line.append("; queue ").append(decision.getQueue());
        if (decision.getRequiresHumanReview()) {
            line.append("; HUMAN REVIEW: ").append(decision.getReviewReason());
        }
        return line.append(" [").append(decision.getRulesVersion()).append(']').toString();
    }

    private static void write(RoutingDecision decision) {
        log.info(line(decision));
    }
}
