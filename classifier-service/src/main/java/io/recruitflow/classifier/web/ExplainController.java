package io.recruitflow.classifier.web;

import java.util.List;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.classifier.rollout.CurrentClassifier;
import io.recruitflow.classifier.scoring.CandidateView;
import io.recruitflow.classifier.scoring.Classification;
import io.recruitflow.classifier.scoring.Match;
import io.recruitflow.contracts.candidate.CandidateIntake;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/classify}: the same canonical candidate JSON that ingest accepts, classified
 * on the spot with its evidence, so a recruiter can ask "why?". Nothing is written to Kafka.
 */
@RestController
class ExplainController {

    private final CandidateIntake intake;
    private final CurrentClassifier classifier;

    ExplainController(CandidateIntake intake, CurrentClassifier classifier) {
        this.intake = intake;
        this.classifier = classifier;
    }

    @PostMapping(path = "/api/v1/classify", consumes = MediaType.APPLICATION_JSON_VALUE,
            produces = MediaType.APPLICATION_JSON_VALUE)
    Explanation classify(@RequestBody byte[] body) {
        CandidateProfile profile = intake.accept(body);
        Classification verdict = classifier.classify(CandidateView.from(profile));
        return Explanation.of(profile.getCandidateKey(), verdict);
    }

    /** The verdict as JSON: role, confidence, a score per role model, and each matched signal. */
    record Explanation(String candidateKey, CandidateRole role, double confidence, List<RoleScore> scores,
                       List<Evidence> evidence, String modelVersion) {

        static Explanation of(String candidateKey, Classification verdict) {
            return new Explanation(candidateKey, verdict.role(), verdict.confidence(),
                    List.of(new RoleScore(CandidateRole.BACKEND_ENGINEER, verdict.engineerScore()),
                            new RoleScore(CandidateRole.BACKEND_DEVELOPER, verdict.developerScore())),
                    verdict.evidence().stream().map(Evidence::of).toList(), verdict.modelVersion());
        }
    }

    record RoleScore(CandidateRole role, double score) {
    }

    record Evidence(CandidateRole role, String signal, String field, String matchedText, double weight,
                    String articleSection) {

        static Evidence of(Match match) {
            return new Evidence(match.role(), match.signal(), match.field(), match.matchedText(), match.weight(),
                    match.articleSection());
        }
    }
}
