package io.recruitflow.notifier.notification;

import java.util.List;

import io.recruitflow.avro.Evidence;
import io.recruitflow.avro.PlatformRanking;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.notifier.notification.Notification.EvidenceLine;
import io.recruitflow.notifier.notification.Notification.PlatformSuggestion;

/** Turns a routing decision into what one subscription channel is told. */
public final class NotificationComposer {

    private final AtsLinks links;

    public NotificationComposer(AtsLinks links) {
        this.links = links;
    }

    public Notification compose(RoutingDecision decision, NotificationRequest request) {
        List<PlatformSuggestion> ranked = decision.getRankings().stream().map(NotificationComposer::suggestion).toList();
        PlatformSuggestion suggested = ranked.stream()
                .filter(ranking -> ranking.platform().equals(decision.getSuggestedPlatform().name()))
                .findFirst()
                .orElse(new PlatformSuggestion(decision.getSuggestedPlatform().name(), 0, List.of()));
        return new Notification(
                request.deliveryId(),
                request.subscription(),
                decision.getCandidateKey(),
                decision.getDisplayName(),
                decision.getRole().name(),
                decision.getConfidence(),
                decision.getTopEvidence().stream().map(NotificationComposer::line).toList(),
                suggested,
                ranked.stream().filter(ranking -> !ranking.platform().equals(suggested.platform())).toList(),
                decision.getRequiresHumanReview(),
                decision.getReviewReason(),
                decision.getQueue(),
                links.link(decision.getSource(), decision.getExternalId()),
                decision.getRulesVersion(),
                decision.getModelVersion(),
                decision.getOccurredAt(),
                decision.getDecidedAt());
    }

    private static PlatformSuggestion suggestion(PlatformRanking ranking) {
        return new PlatformSuggestion(ranking.getPlatform().name(), ranking.getScore(), ranking.getReasons());
    }

    private static EvidenceLine line(Evidence evidence) {
        return new EvidenceLine(evidence.getRole().name(), evidence.getSignal(), evidence.getField(),
                evidence.getMatchedText(), evidence.getWeight(), evidence.getArticleSection());
    }
}
