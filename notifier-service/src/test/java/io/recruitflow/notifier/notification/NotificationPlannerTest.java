package io.recruitflow.notifier.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.avro.SourcingPlatform;
import io.recruitflow.notifier.notification.NotificationPlanner.Plan;
import io.recruitflow.notifier.notification.SubscriptionFilter.Review;
import org.junit.jupiter.api.Test;

class NotificationPlannerTest {

    private static final ChannelSettings LOG = new ChannelSettings(ChannelSettings.Type.LOG, null, null, null, null);

    private final NotificationPlanner planner = new NotificationPlanner(List.of(
            new Subscription("engineers", new SubscriptionFilter(Set.of(CandidateRole.BACKEND_ENGINEER), null, null, null),
                    List.of(LOG, LOG)),
            new Subscription("reviewers", new SubscriptionFilter(null, null, null, Review.ONLY), List.of(LOG)),
            new Subscription("toptal", new SubscriptionFilter(null, Set.of(SourcingPlatform.TOPTAL), null, null),
                    List.of(LOG))));

    @Test
    void aFirstOutcomeIsNewsForEveryChannelOfEveryMatchingSubscription() {
        Plan plan = planner.plan(Decisions.engineer("greenhouse:1").build(), null);

        assertThat(plan.changed()).isTrue();
        assertThat(plan.requests()).extracting(NotificationRequest::subscription, NotificationRequest::channel)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("engineers", 0),
                        org.assertj.core.groups.Tuple.tuple("engineers", 1));
        assertThat(plan.remember().getRole()).isEqualTo(CandidateRole.BACKEND_ENGINEER);
        assertThat(plan.remember().getSuggestedPlatform()).isEqualTo(SourcingPlatform.DISTANTJOB);
        assertThat(plan.remember().getProfileEventId()).isEqualTo("evt-1");
    }

    @Test
    void theSameOutcomeAgainIsNotNewsEvenFromANewProfileEvent() {
        RoutingDecision first = Decisions.engineer("greenhouse:1").build();
        RoutingDecision again = Decisions.engineer("greenhouse:1").setProfileEventId("evt-1b").setConfidence(0.91).build();

        Plan plan = planner.plan(again, planner.plan(first, null).remember());

        assertThat(plan.changed()).isFalse();
        assertThat(plan.remember()).isNull();
        assertThat(plan.requests()).hasSize(2);
    }

    @Test
    void aChangedRolePlatformOrReviewFlagIsNews() {
        var last = planner.plan(Decisions.engineer("greenhouse:1").build(), null).remember();

        assertThat(planner.plan(Decisions.engineer("greenhouse:1").setRole(CandidateRole.HYBRID).build(), last).changed())
                .isTrue();
        assertThat(planner.plan(Decisions.engineer("greenhouse:1").setSuggestedPlatform(SourcingPlatform.TOPTAL).build(),
                last).requests()).extracting(NotificationRequest::subscription).containsExactly("engineers", "engineers", "toptal");
        Plan review = planner.plan(Decisions.engineer("greenhouse:1").setRequiresHumanReview(true).build(), last);
        assertThat(review.changed()).isTrue();
        assertThat(review.requests()).extracting(NotificationRequest::subscription).contains("reviewers");
    }

    @Test
    void deliveryIdsAreStableForTheSameNotificationAndDistinctOtherwise() {
        RoutingDecision decision = Decisions.engineer("greenhouse:1").build();
        List<String> ids = planner.plan(decision, null).requests().stream().map(NotificationRequest::deliveryId).toList();

        assertThat(planner.plan(Decisions.engineer("greenhouse:1").build(), null).requests())
                .extracting(NotificationRequest::deliveryId).isEqualTo(ids);
        assertThat(ids).doesNotHaveDuplicates().allMatch(id -> id.matches("msg_[0-9a-f]{32}"));
        assertThat(planner.plan(Decisions.engineer("greenhouse:1").setRequiresHumanReview(true).build(), null).requests())
                .extracting(NotificationRequest::deliveryId).doesNotContainAnyElementsOf(ids);
    }
}
