package io.recruitflow.notifier.routing;

import io.recruitflow.avro.SourcingPlatform;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Suggests where to source more candidates like a classified one, ranking every platform by the
 * routing rules, and decides whether a human must review the classification first. A pure,
 * deterministic function of its input: the same input gives an equal {@link Routing}.
 */
public final class Router {

    private static final Comparator<RankedPlatform> BEST_FIRST = Comparator
            .comparingDouble(RankedPlatform::score).reversed()
            .thenComparing(RankedPlatform::platform);

    private final RoutingRules rules;
    private final double reviewThreshold;

    public Router(RoutingRules rules, double reviewThreshold) {
        this.rules = Objects.requireNonNull(rules, "rules");
        if (!(reviewThreshold >= 0 && reviewThreshold <= 1)) {
            throw new IllegalArgumentException("reviewThreshold must be in [0, 1], was " + reviewThreshold);
        }
        this.reviewThreshold = reviewThreshold;
    }

    /** A router with the threshold the rules file suggests. */
    public Router(RoutingRules rules) {
        this(rules, rules.defaultReviewThreshold());
    }

    public Routing route(RoutingInput input) {
        List<RankedPlatform> rankings = new ArrayList<>();
        for (PlatformRules platform : rules.platforms()) {
            rankings.add(rank(platform, input));
        }
        rankings.sort(BEST_FIRST);
        SourcingPlatform suggested = rankings.get(0).platform();
        String reviewReason = reviewReason(input);
        ReviewPolicy review = rules.review();
        String queue = reviewReason != null ? review.humanReviewQueue() : review.roleQueues().get(input.role());
        return new Routing(suggested, rankings, reviewReason != null, reviewReason, queue, rules.version());
    }

    private static RankedPlatform rank(PlatformRules platform, RoutingInput input) {
        double score = platform.baseScore();
        List<String> reasons = new ArrayList<>();
        for (Rule rule : platform.rules()) {
            if (rule.when().matches(input)) {
                score += rule.delta();
                reasons.add(rule.reason());
            }
        }
        if (reasons.isEmpty()) {
            reasons.add(platform.description());
        }
        return new RankedPlatform(platform.platform(), clampAndRound(score), reasons);
    }

    // Rounding keeps sums such as 0.4 + 0.2 and 0.6 equal, so ties fall to enum order as intended.
    private static double clampAndRound(double score) {
        double clamped = Math.max(0, Math.min(1, score));
        return Math.round(clamped * 10_000) / 10_000.0;
    }

    private String reviewReason(RoutingInput input) {
        List<String> reasons = new ArrayList<>();
        if (rules.review().alwaysReviewRoles().contains(input.role())) {
            reasons.add("role " + input.role() + " always needs human review");
        }
        double confidence = input.confidence();
        if (Double.isNaN(confidence)) {
            reasons.add("confidence is not a number");
        } else if (confidence < reviewThreshold) {
            reasons.add("confidence " + belowThreshold(confidence) + " is below the review threshold "
                    + String.format(Locale.ROOT, "%.2f", reviewThreshold));
        }
        return reasons.isEmpty() ? null : String.join("; ", reasons);
    }

    /**
     * A confidence below the threshold with two decimals, or with as many more (up to six) as it takes
     * not to read as the threshold: "0.5996 is below 0.60", never "0.60 is below 0.60".
     */
    private String belowThreshold(double confidence) {
        int digits = 2;
        while (digits < 6 && String.format(Locale.ROOT, "%." + digits + "f", confidence)
                .equals(String.format(Locale.ROOT, "%." + digits + "f", reviewThreshold))) {
            digits++;
        }
        return String.format(Locale.ROOT, "%." + digits + "f", confidence);
    }
}
