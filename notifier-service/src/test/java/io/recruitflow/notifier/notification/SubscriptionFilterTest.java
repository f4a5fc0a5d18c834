package io.recruitflow.notifier.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.SourcingPlatform;
import io.recruitflow.notifier.notification.SubscriptionFilter.Review;
import org.junit.jupiter.api.Test;

class SubscriptionFilterTest {

    @Test
    void anEmptyFilterWantsEverything() {
        assertThat(SubscriptionFilter.EVERYTHING.matches(Decisions.engineer("greenhouse:1").build())).isTrue();
        assertThat(SubscriptionFilter.EVERYTHING.matches(Decisions.engineer("greenhouse:1")
                .setRole(CandidateRole.INSUFFICIENT_DATA).setRequiresHumanReview(true).build())).isTrue();
    }

    @Test
    void everyConditionMustHold() {
        SubscriptionFilter filter = new SubscriptionFilter(Set.of(CandidateRole.BACKEND_ENGINEER, CandidateRole.HYBRID),
                Set.of(SourcingPlatform.DISTANTJOB), Set.of("backend-engineering"), Review.EXCLUDED);

        assertThat(filter.matches(Decisions.engineer("greenhouse:1").build())).isTrue();
        assertThat(filter.matches(Decisions.engineer("greenhouse:1").setRole(CandidateRole.BACKEND_DEVELOPER).build())).isFalse();
        assertThat(filter.matches(Decisions.engineer("greenhouse:1").setSuggestedPlatform(SourcingPlatform.HIRED).build())).isFalse();
        assertThat(filter.matches(Decisions.engineer("greenhouse:1").setQueue("human-review").build())).isFalse();
        assertThat(filter.matches(Decisions.engineer("greenhouse:1").setRequiresHumanReview(true).build())).isFalse();
    }

    @Test
    void reviewOnlyWantsJustTheDecisionsAPersonMustReview() {
        SubscriptionFilter reviewOnly = new SubscriptionFilter(null, null, null, Review.ONLY);

        assertThat(reviewOnly.matches(Decisions.engineer("greenhouse:1").setRequiresHumanReview(true).build())).isTrue();
        assertThat(reviewOnly.matches(Decisions.engineer("greenhouse:1").build())).isFalse();
    }
}
