package io.recruitflow.notifier.routing;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.WorkplaceType;

import java.util.Collections;
import java.util.Set;

/**
 * When a rule applies. Every part that is present must match; an absent part (empty set or
 * {@code null}) matches anything.
 *
 * @param roles             the candidate's role is one of these
 * @param engagementTypes   the candidate wants at least one of these
 * @param workplaces        the candidate's workplace is one of these (an unstated workplace never matches)
 * @param seniority         the candidate is in this band
 * @param preferencesStated whether the candidate stated any engagement type or workplace
 */
record Condition(Set<CandidateRole> roles, Set<EngagementType> engagementTypes, Set<WorkplaceType> workplaces,
                 Seniority seniority, Boolean preferencesStated) {

    Condition {
        roles = Set.copyOf(roles);
        engagementTypes = Set.copyOf(engagementTypes);
        workplaces = Set.copyOf(workplaces);
    }

    boolean isEmpty() {
        return roles.isEmpty() && engagementTypes.isEmpty() && workplaces.isEmpty()
                && seniority == null && preferencesStated == null;
    }

    boolean matches(RoutingInput input) {
        return (roles.isEmpty() || roles.contains(input.role()))
                && (engagementTypes.isEmpty() || !Collections.disjoint(engagementTypes, input.engagementTypes()))
                && (workplaces.isEmpty() || input.workplace() != null && workplaces.contains(input.workplace()))
                && (seniority == null || seniority.matches(input.yearsOfExperience(), input.currentTitle()))
                && (preferencesStated == null || preferencesStated == input.statesPreferences());
    }
}
