package io.recruitflow.notifier.notification;

import java.util.Set;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.avro.SourcingPlatform;

/**
 * Which routing decisions a subscription wants. An empty set means "any".
 *
 * @param roles     classified roles, e.g. {@code BACKEND_ENGINEER}
 * @param platforms suggested platforms, e.g. {@code TOPTAL}
 * @param queues    recruiter queues, e.g. {@code backend-engineering}
 * @param review    whether decisions that need human review are wanted, only wanted, or not wanted
 */
public record SubscriptionFilter(Set<CandidateRole> roles, Set<SourcingPlatform> platforms, Set<String> queues,
                                 Review review) {

    public enum Review { ANY, ONLY, EXCLUDED }

    public static final SubscriptionFilter EVERYTHING = new SubscriptionFilter(null, null, null, null);

    public SubscriptionFilter {
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        platforms = platforms == null ? Set.of() : Set.copyOf(platforms);
        queues = queues == null ? Set.of() : Set.copyOf(queues);
        review = review == null ? Review.ANY : review;
    }

    public boolean matches(RoutingDecision decision) {
        return (roles.isEmpty() || roles.contains(decision.getRole()))
                && (platforms.isEmpty() || platforms.contains(decision.getSuggestedPlatform()))
                && (queues.isEmpty() || queues.contains(decision.getQueue()))
                && switch (review) {
                    case ANY -> true;
                    case ONLY -> decision.getRequiresHumanReview();
                    case EXCLUDED -> !decision.getRequiresHumanReview();
                };
    }
}
