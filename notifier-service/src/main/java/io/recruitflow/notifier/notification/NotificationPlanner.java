package io.recruitflow.notifier.notification;

import java.util.ArrayList;
import java.util.List;

import io.recruitflow.avro.NotifiedOutcome;
import io.recruitflow.avro.RoutingDecision;

/**
 * Decides who hears about a routing decision: every channel of every subscription whose filter
 * matches, unless the candidate's outcome is the one recruiters were already told about.
 */
public final class NotificationPlanner {

    private final List<Subscription> subscriptions;

    public NotificationPlanner(List<Subscription> subscriptions) {
        this.subscriptions = List.copyOf(subscriptions);
    }

    /**
     * @param decision     the new routing decision
     * @param lastNotified the outcome last notified for this candidate; {@code null} if none (or forgotten)
     */
    public Plan plan(RoutingDecision decision, NotifiedOutcome lastNotified) {
        Outcome outcome = Outcome.of(decision);
        boolean changed = lastNotified == null || !Outcome.of(lastNotified).equals(outcome);
        List<NotificationRequest> requests = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            if (subscription.filter().matches(decision)) {
                for (int channel = 0; channel < subscription.channels().size(); channel++) {
                    requests.add(new NotificationRequest(subscription.name(), channel,
                            DeliveryIds.of(decision, outcome, subscription.name(), channel)));
                }
            }
        }
        return new Plan(changed, requests, changed ? outcome.remembered(decision) : null);
    }

    /**
     * @param changed   whether the outcome is news for recruiters
     * @param requests  the matching subscription channels: to notify if changed, to record as skipped if not
     * @param remember  the outcome to remember from now on; {@code null} when unchanged
     */
    public record Plan(boolean changed, List<NotificationRequest> requests, NotifiedOutcome remember) {
    }
}
