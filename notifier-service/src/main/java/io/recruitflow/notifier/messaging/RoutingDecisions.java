package io.recruitflow.notifier.messaging;

import java.time.Clock;
import java.util.Comparator;
import java.util.List;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.Evidence;
import io.recruitflow.avro.PlatformRanking;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.notifier.routing.Router;
import io.recruitflow.notifier.routing.Routing;
import io.recruitflow.notifier.routing.RoutingInput;

/** From a classification to the {@code RoutingDecision} event: route it, then carry the context along. */
final class RoutingDecisions {

    static final int TOP_EVIDENCE = 5;

    private final Router router;
    private final Clock clock;

    RoutingDecisions(Router router, Clock clock) {
        this.router = router;
        this.clock = clock;
    }

    RoutingDecision decide(CandidateClassified classified) {
        Routing routing = router.route(RoutingInput.from(classified));
        return RoutingDecision.newBuilder()
                .setCandidateKey(classified.getCandidateKey())
                .setSource(classified.getSource())
                .setExternalId(classified.getExternalId())
                .setProfileEventId(classified.getProfileEventId())
                .setOccurredAt(classified.getOccurredAt())
                .setDecidedAt(clock.instant())
                .setDisplayName(classified.getDisplayName())
                .setRole(classified.getRole())
                .setConfidence(classified.getConfidence())
                .setSuggestedPlatform(routing.suggested())
                .setRankings(routing.rankings().stream()
                        .map(ranked -> new PlatformRanking(ranked.platform(), ranked.score(), ranked.reasons()))
                        .toList())
                .setRequiresHumanReview(routing.requiresHumanReview())
                .setReviewReason(routing.reviewReason())
                .setQueue(routing.queue())
                .setRulesVersion(routing.rulesVersion())
                .setModelVersion(classified.getModelVersion())
                .setTopEvidence(topEvidence(classified))
                .build();
    }

    /** The strongest evidence for the decided role (for any role when neither backend role was decided). */
    static List<Evidence> topEvidence(CandidateClassified classified) {
        CandidateRole role = classified.getRole();
        boolean oneRole = role == CandidateRole.BACKEND_ENGINEER || role == CandidateRole.BACKEND_DEVELOPER;
        return classified.getEvidence().stream()
                .filter(evidence -> !oneRole || evidence.getRole() == role)
                .sorted(Comparator.comparingDouble(Evidence::getWeight).reversed())
                .limit(TOP_EVIDENCE)
                .toList();
    }
}
