package io.recruitflow.notifier.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.Evidence;
import io.recruitflow.avro.WorkplaceType;
import io.recruitflow.notifier.Classifications;
import org.junit.jupiter.api.Test;

class RoutingDecisionsTest {

    @Test
    void theTopEvidenceIsTheStrongestForTheDecidedRoleStrongestFirst() {
        CandidateClassified classified = classified(CandidateRole.BACKEND_ENGINEER);

        assertThat(RoutingDecisions.topEvidence(classified))
                .hasSize(RoutingDecisions.TOP_EVIDENCE)
                .allMatch(evidence -> evidence.getRole() == CandidateRole.BACKEND_ENGINEER)
                .extracting(Evidence::getWeight).containsExactly(3.0, 2.5, 2.0, 1.5, 1.0);
    }

    @Test
    void withNeitherBackendRoleDecidedEveryRolesEvidenceCounts() {
        assertThat(RoutingDecisions.topEvidence(classified(CandidateRole.HYBRID)))
                .extracting(Evidence::getWeight).containsExactly(9.0, 3.0, 2.5, 2.0, 1.5);
    }

    private static CandidateClassified classified(CandidateRole role) {
        CandidateClassified classified = Classifications.classified("greenhouse:1", role, 0.8,
                EngagementType.FULL_TIME, WorkplaceType.REMOTE);
        List<Evidence> evidence = new ArrayList<>();
        for (double weight : new double[] {1.0, 3.0, 0.5, 2.0, 2.5, 1.5}) {
            evidence.add(new Evidence(CandidateRole.BACKEND_ENGINEER, "SKILL", "skills[0].name", "java", weight, "s"));
        }
        evidence.add(new Evidence(CandidateRole.BACKEND_DEVELOPER, "SKILL", "skills[1].name", "react", 9.0, "s"));
        classified.setEvidence(evidence);
        return classified;
    }
}
