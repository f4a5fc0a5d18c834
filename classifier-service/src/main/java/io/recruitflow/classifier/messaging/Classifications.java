package io.recruitflow.classifier.messaging;

import java.time.Clock;
import java.util.List;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.Evidence;
import io.recruitflow.avro.RoleScore;
import io.recruitflow.avro.WorkExperience;
import io.recruitflow.classifier.rollout.CurrentClassifier;
import io.recruitflow.classifier.scoring.CandidateView;
import io.recruitflow.classifier.scoring.Classification;

/**
 * From a profile to the {@code CandidateClassified} event. The classifier sees only the
 * {@link CandidateView}; the display name and routing context are carried past it, untouched.
 */
final class Classifications {

    private final CurrentClassifier classifier;
    private final Clock clock;

    Classifications(CurrentClassifier classifier, Clock clock) {
        this.classifier = classifier;
        this.clock = clock;
    }

    CandidateClassified classify(CandidateProfile profile) {
        Classification verdict = classifier.classify(CandidateView.from(profile));
        return CandidateClassified.newBuilder()
                .setCandidateKey(profile.getCandidateKey())
                .setSource(profile.getSource())
                .setExternalId(profile.getExternalId())
                .setProfileEventId(profile.getEventId())
                .setOccurredAt(profile.getOccurredAt())
                .setClassifiedAt(clock.instant())
                .setDisplayName(profile.getDisplayName())
                .setRole(verdict.role())
                .setConfidence(verdict.confidence())
                .setScores(List.of(
                        new RoleScore(CandidateRole.BACKEND_ENGINEER, verdict.engineerScore()),
                        new RoleScore(CandidateRole.BACKEND_DEVELOPER, verdict.developerScore())))
                .setEvidence(verdict.evidence().stream()
                        .map(match -> new Evidence(match.role(), match.signal(), match.field(), match.matchedText(),
                                match.weight(), match.articleSection()))
                        .toList())
                .setModelVersion(verdict.modelVersion())
                .setYearsOfExperience(profile.getYearsOfExperience())
                .setCurrentTitle(currentTitle(profile))
                .setPreferences(profile.getPreferences())
                .build();
    }

    private static String currentTitle(CandidateProfile profile) {
        if (profile.getHeadline() != null) {
            return profile.getHeadline();
        }
        return profile.getWork().stream().map(WorkExperience::getPosition).filter(title -> title != null)
                .findFirst().orElse(null);
    }
}
