package io.recruitflow.notifier.routing;

import io.recruitflow.avro.SourcingPlatform;

import java.util.List;
import java.util.Objects;

/**
 * Where to source more candidates like this one and which recruiter queue should see it.
 * {@code suggested} is always the first of {@code rankings}; a routing never rejects a candidate,
 * it only flags it for human review.
 *
 * @param reviewReason {@code null} unless {@code requiresHumanReview}
 */
public record Routing(SourcingPlatform suggested, List<RankedPlatform> rankings, boolean requiresHumanReview,
                      String reviewReason, String queue, String rulesVersion) {

    public Routing {
        Objects.requireNonNull(suggested, "suggested");
        rankings = List.copyOf(rankings);
        Objects.requireNonNull(queue, "queue");
        Objects.requireNonNull(rulesVersion, "rulesVersion");
    }
}
