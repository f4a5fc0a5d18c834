package io.recruitflow.notifier.routing;

import io.recruitflow.avro.CandidateRole;

import java.util.Map;
import java.util.Set;

/**
 * Who must look at a routing: the default confidence threshold below which a human reviews it,
 * the roles that are always reviewed, and the recruiter queue for each outcome.
 *
 * @param roleQueues a queue for every role that is not always reviewed
 */
record ReviewPolicy(double confidenceThreshold, Set<CandidateRole> alwaysReviewRoles, String humanReviewQueue,
                    Map<CandidateRole, String> roleQueues) {

    ReviewPolicy {
        alwaysReviewRoles = Set.copyOf(alwaysReviewRoles);
        roleQueues = Map.copyOf(roleQueues);
    }
}
