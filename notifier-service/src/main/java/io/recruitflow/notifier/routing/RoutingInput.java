package io.recruitflow.notifier.routing;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.WorkPreferences;
import io.recruitflow.avro.WorkplaceType;

import java.util.List;
import java.util.Objects;

/**
 * The part of a classification that routing looks at: role, confidence, work preferences and
 * seniority signals. Kept free of Avro types other than the shared enums so the router stays a
 * plain function of its input.
 *
 * @param workplace         {@code null} when the candidate stated none
 * @param yearsOfExperience {@code null} when unknown
 * @param currentTitle      {@code null} when unknown
 */
public record RoutingInput(CandidateRole role, double confidence, List<EngagementType> engagementTypes,
                           WorkplaceType workplace, Double yearsOfExperience, String currentTitle) {

    public RoutingInput {
        Objects.requireNonNull(role, "role");
        engagementTypes = engagementTypes == null ? List.of() : List.copyOf(engagementTypes);
    }

    public static RoutingInput from(CandidateClassified classified) {
        WorkPreferences preferences = classified.getPreferences();
        List<EngagementType> engagementTypes = preferences == null ? null : preferences.getEngagementTypes();
        WorkplaceType workplace = preferences == null ? null : preferences.getWorkplace();
        return new RoutingInput(classified.getRole(), classified.getConfidence(), engagementTypes, workplace,
                classified.getYearsOfExperience(), classified.getCurrentTitle());
    }

    boolean statesPreferences() {
        return !engagementTypes.isEmpty() || workplace != null;
    }
}
