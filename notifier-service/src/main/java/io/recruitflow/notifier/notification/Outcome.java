package io.recruitflow.notifier.notification;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.NotifiedOutcome;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.avro.SourcingPlatform;

/**
 * What makes a routing decision worth telling a recruiter about again: the role, the suggested
 * platform and the review flag. A new decision with the same outcome (a re-sent profile with a
 * new phone number, say) is not news.
 */
public record Outcome(CandidateRole role, SourcingPlatform platform, boolean requiresHumanReview) {

    public static Outcome of(RoutingDecision decision) {
        return new Outcome(decision.getRole(), decision.getSuggestedPlatform(), decision.getRequiresHumanReview());
    }

    public static Outcome of(NotifiedOutcome notified) {
        return new Outcome(notified.getRole(), notified.getSuggestedPlatform(), notified.getRequiresHumanReview());
    }

    public NotifiedOutcome remembered(RoutingDecision decision) {
        return new NotifiedOutcome(decision.getCandidateKey(), role, platform, requiresHumanReview,
                decision.getProfileEventId(), decision.getDecidedAt());
    }
}
