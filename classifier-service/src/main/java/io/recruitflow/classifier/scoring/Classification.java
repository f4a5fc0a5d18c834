package io.recruitflow.classifier.scoring;

import io.recruitflow.avro.CandidateRole;
import java.util.List;

/**
 * The classifier's verdict on one {@link CandidateView}.
 *
 * @param role           the decided role
 * @param confidence     in [0, 1]: how clearly the evidence supports {@code role}
 * @param engineerScore  fit to the backend engineer role model, in [0, 1]
 * @param developerScore fit to the backend developer role model, in [0, 1]
 * @param evidence       matched signals, engineer first, then developer, then backend core (role
 *                       {@code HYBRID}); within a role by weight (highest first), field, signal id
 * @param modelVersion   {@link io.recruitflow.classifier.rolemodel.RoleModel#version()}
 */
public record Classification(CandidateRole role, double confidence, double engineerScore, double developerScore,
        List<Match> evidence, String modelVersion) {

    public Classification {
        evidence = List.copyOf(evidence);
    }
}
