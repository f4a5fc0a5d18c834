package io.recruitflow.classifier.scoring;

import static io.recruitflow.avro.CandidateRole.BACKEND_DEVELOPER;
import static io.recruitflow.avro.CandidateRole.BACKEND_ENGINEER;
import static io.recruitflow.avro.CandidateRole.HYBRID;
import static org.assertj.core.api.Assertions.assertThat;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.classifier.rolemodel.RoleModel;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the complete output of the scoring engine (role, confidence, both scores, every piece of
 * evidence in order) for four fixtures, as recorded before the engine was optimised, so a change in
 * matching, evidence order or rounding shows up as a diff.
 *
 * <p>It reads a frozen copy of the role model ({@code rolemodel/pinned-backend-roles.json} in test
 * resources): tuning the shipped model data must not break it, since this test is about the engine.
 */
class ClassifierPinnedOutputTest {

    private static final String PINNED_MODEL = "rolemodel/pinned-backend-roles.json";

    private final RoleModel model = pinnedModel();
    private final Classifier classifier = new Classifier(model);

    @Test
    void readsTheModelTheOutputsWereRecordedWith() {
        assertThat(model.version()).isEqualTo("backend-roles@1+sha256:2c79f24af31a");
    }

    @Test
    void pinsTheTypicalStructuredProfile() {
        assertThat(classify(Profiles.typicalStructuredProfile())).isEqualTo(
                new Classification(CandidateRole.BACKEND_DEVELOPER, 0.7112, 0.4647, 0.9436,
                List.of(
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "work[0].highlights[4]", "unit tests", 1.0, "Backend Engineer Responsibilities"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "work[1].highlights[2]", "product managers", 1.0, "Backend Engineer Responsibilities"),
                        match(BACKEND_ENGINEER, "SKILL", "skills[0].name", "java", 0.5, "Backend Engineer Skills"),
                        match(BACKEND_DEVELOPER, "TITLE", "headline", "backend developer", 1.5, "What is a Backend Developer?"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "skills[6].name", "rest", 1.5, "What is a Backend Developer?"),
                        match(BACKEND_DEVELOPER, "PERSPECTIVE", "summary", "features", 1.5, "Main Differences: 1. Project Perspective"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "work[0].highlights[3]", "troubleshoot", 1.25, "Backend Developer Responsibilities"),
                        match(BACKEND_DEVELOPER, "PERSPECTIVE", "work[0].highlights[0]", "scrum team", 1.0, "Main Differences: 3. Who They Answer To"),
                        match(BACKEND_DEVELOPER, "SKILL", "work[0].highlights[2]", "data sources", 1.0, "Backend Developer Skills"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "work[0].highlights[4]", "integration tests", 1.0, "Backend Developer Responsibilities"),
                        match(BACKEND_DEVELOPER, "SKILL", "work[1].highlights[0]", "authentication", 1.0, "Backend Developer Skills"),
                        match(BACKEND_DEVELOPER, "SKILL", "work[1].highlights[3]", "refactored", 1.0, "Backend Developer Skills"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "work[1].highlights[1]", "queries", 0.75, "What is a Backend Developer?"),
                        match(HYBRID, "SKILL", "skills[0].name", "java", 1.5, "5. Which Language Is Best For Backend Development?"),
                        match(HYBRID, "SKILL", "skills[2].name", "postgresql", 1.5, "3. What Skills Are Required For Backend Programming?"),
                        match(HYBRID, "SKILL", "headline", "backend", 1.0, "4. What Is The Difference Between Frontend And Backend Development?"),
                        match(HYBRID, "SKILL", "skills[6].name", "rest", 1.0, "1. What is Back-end Development?"),
                        match(HYBRID, "SKILL", "skills[4].name", "docker", 0.5, "3. What Skills Are Required For Backend Programming?"),
                        match(HYBRID, "SKILL", "skills[7].name", "git", 0.25, "3. What Skills Are Required For Backend Programming?")),
                model.version()));
    }

    @Test
    void pinsTheOnePageResume() {
        assertThat(classify(Profiles.onePageResume())).isEqualTo(
                new Classification(CandidateRole.HYBRID, 0.9191, 0.9765, 0.947,
                List.of(
                        match(BACKEND_ENGINEER, "PERSPECTIVE", "resumeText", "architected", 1.5, "Main Differences: 1. Project Perspective"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "resumeText", "optimized servers", 1.5, "What is a Backend Engineer?"),
                        match(BACKEND_ENGINEER, "SKILL", "resumeText", "architecture", 1.5, "Main Differences: 2. Skills"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "resumeText", "data storage", 1.25, "What is a Backend Engineer?"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "resumeText", "reusable code", 1.25, "What is a Backend Engineer?"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "resumeText", "security structures", 1.25, "What is a Backend Engineer?"),
                        match(BACKEND_ENGINEER, "PERSPECTIVE", "resumeText", "executives", 1.0, "Main Differences: 3. Who They Answer To"),
                        match(BACKEND_ENGINEER, "PERSPECTIVE", "resumeText", "mediate", 1.0, "Main Differences: 3. Who They Answer To"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "resumeText", "product managers", 1.0, "Backend Engineer Responsibilities"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "resumeText", "performance tuning", 1.0, "Backend Engineer Responsibilities"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "resumeText", "unit test", 1.0, "Backend Engineer Responsibilities"),
                        match(BACKEND_ENGINEER, "SKILL", "resumeText", "data model", 0.75, "Backend Engineer Skills"),
                        match(BACKEND_ENGINEER, "SKILL", "resumeText", "compliance", 0.5, "Backend Engineer Skills"),
                        match(BACKEND_ENGINEER, "SKILL", "resumeText", "python", 0.5, "Backend Engineer Skills"),
                        match(BACKEND_DEVELOPER, "PERSPECTIVE", "resumeText", "features", 1.5, "Main Differences: 1. Project Perspective"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "resumeText", "restful apis", 1.5, "What is a Backend Developer?"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "resumeText", "troubleshooting", 1.25, "Backend Developer Responsibilities"),
                        match(BACKEND_DEVELOPER, "PERSPECTIVE", "resumeText", "scrum team", 1.0, "Main Differences: 3. Who They Answer To"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "resumeText", "mentored", 1.0, "Backend Developer Responsibilities"),
                        match(BACKEND_DEVELOPER, "SKILL", "resumeText", "authentication", 1.0, "Backend Developer Skills"),
                        match(BACKEND_DEVELOPER, "SKILL", "resumeText", "maintainable code", 1.0, "Backend Developer Skills"),
                        match(BACKEND_DEVELOPER, "SKILL", "resumeText", "data sources", 1.0, "Backend Developer Skills"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "resumeText", "query optimisation", 0.75, "What is a Backend Developer?"),
                        match(BACKEND_DEVELOPER, "SKILL", "resumeText", "programming", 0.75, "Main Differences: 2. Skills"),
                        match(BACKEND_DEVELOPER, "SKILL", "resumeText", "compatibility", 0.5, "Backend Developer Skills"),
                        match(BACKEND_DEVELOPER, "SKILL", "resumeText", "javascript", 0.5, "Backend Developer Skills"),
                        match(HYBRID, "SKILL", "resumeText", "database", 1.5, "3. What Skills Are Required For Backend Programming?"),
                        match(HYBRID, "SKILL", "resumeText", "python", 1.5, "5. Which Language Is Best For Backend Development?"),
                        match(HYBRID, "SKILL", "resumeText", "api", 1.0, "1. What is Back-end Development?"),
                        match(HYBRID, "SKILL", "resumeText", "backend", 1.0, "4. What Is The Difference Between Frontend And Backend Development?"),
                        match(HYBRID, "SKILL", "resumeText", "scalability", 0.75, "3. What Skills Are Required For Backend Programming?"),
                        match(HYBRID, "SKILL", "resumeText", "deployed", 0.5, "3. What Skills Are Required For Backend Programming?"),
                        match(HYBRID, "SKILL", "resumeText", "github", 0.25, "3. What Skills Are Required For Backend Programming?")),
                model.version()));
    }

    @Test
    void pinsTheMessyResume() {
        assertThat(classify(Profiles.messyResume())).isEqualTo(
                new Classification(CandidateRole.BACKEND_DEVELOPER, 0.7972, 0.1175, 0.8559,
                List.of(
                        match(BACKEND_ENGINEER, "SKILL", "resumeText", "javascript", 0.5, "Backend Engineer Skills"),
                        match(BACKEND_DEVELOPER, "PERSPECTIVE", "resumeText", "features", 1.5, "Main Differences: 1. Project Perspective"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "resumeText", "restful apis", 1.5, "What is a Backend Developer?"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "resumeText", "troubleshooting", 1.25, "Backend Developer Responsibilities"),
                        match(BACKEND_DEVELOPER, "PERSPECTIVE", "resumeText", "sprint", 1.0, "Main Differences: 3. Who They Answer To"),
                        match(BACKEND_DEVELOPER, "SKILL", "resumeText", "authentication", 1.0, "Backend Developer Skills"),
                        match(BACKEND_DEVELOPER, "SKILL", "resumeText", "clean code", 1.0, "Backend Developer Skills"),
                        match(BACKEND_DEVELOPER, "SKILL", "resumeText", "javascript", 0.5, "Backend Developer Skills"),
                        match(HYBRID, "SKILL", "resumeText", "postgresql", 1.5, "3. What Skills Are Required For Backend Programming?"),
                        match(HYBRID, "SKILL", "resumeText", "node.js", 1.5, "5. Which Language Is Best For Backend Development?"),
                        match(HYBRID, "SKILL", "resumeText", "apis", 1.0, "1. What is Back-end Development?"),
                        match(HYBRID, "SKILL", "resumeText", "back end", 1.0, "4. What Is The Difference Between Frontend And Backend Development?"),
                        match(HYBRID, "SKILL", "resumeText", "git", 0.25, "3. What Skills Are Required For Backend Programming?")),
                model.version()));
    }

    @Test
    void pinsTheBroadSeniorHybrid() {
        assertThat(classify(Profiles.broadSeniorHybrid())).isEqualTo(
                new Classification(CandidateRole.HYBRID, 0.9211, 0.9319, 0.9436,
                List.of(
                        match(BACKEND_ENGINEER, "TITLE", "headline", "backend engineer", 1.5, "What is a Backend Engineer?"),
                        match(BACKEND_ENGINEER, "PERSPECTIVE", "summary", "system design", 1.5, "Main Differences: 1. Project Perspective"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "work[0].highlights[1]", "optimized servers", 1.5, "What is a Backend Engineer?"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "work[0].highlights[0]", "data storage", 1.25, "What is a Backend Engineer?"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "work[0].highlights[2]", "reusable code", 1.25, "What is a Backend Engineer?"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "work[0].highlights[2]", "security structures", 1.25, "What is a Backend Engineer?"),
                        match(BACKEND_ENGINEER, "RESPONSIBILITY", "work[0].highlights[3]", "unit tests", 1.0, "Backend Engineer Responsibilities"),
                        match(BACKEND_ENGINEER, "PERSPECTIVE", "work[0].highlights[4]", "executives", 1.0, "Main Differences: 3. Who They Answer To"),
                        match(BACKEND_ENGINEER, "SKILL", "skills[0].name", "python", 0.5, "Backend Engineer Skills"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "skills[4].name", "rest", 1.5, "What is a Backend Developer?"),
                        match(BACKEND_DEVELOPER, "PERSPECTIVE", "summary", "features", 1.5, "Main Differences: 1. Project Perspective"),
                        match(BACKEND_DEVELOPER, "TITLE", "work[1].position", "backend developer", 1.5, "What is a Backend Developer?"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "work[1].highlights[3]", "troubleshoot", 1.25, "Backend Developer Responsibilities"),
                        match(BACKEND_DEVELOPER, "PERSPECTIVE", "work[1].highlights[1]", "sprint", 1.0, "Main Differences: 3. Who They Answer To"),
                        match(BACKEND_DEVELOPER, "SKILL", "work[1].highlights[2]", "authentication", 1.0, "Backend Developer Skills"),
                        match(BACKEND_DEVELOPER, "SKILL", "work[1].highlights[4]", "maintainable code", 1.0, "Backend Developer Skills"),
                        match(BACKEND_DEVELOPER, "SKILL", "work[1].highlights[5]", "data sources", 1.0, "Backend Developer Skills"),
                        match(BACKEND_DEVELOPER, "RESPONSIBILITY", "work[1].highlights[6]", "support team members", 1.0, "Backend Developer Responsibilities"),
                        match(BACKEND_DEVELOPER, "SKILL", "summary", "hands on coding", 0.75, "Main Differences: 2. Skills"),
                        match(HYBRID, "SKILL", "skills[0].name", "python", 1.5, "5. Which Language Is Best For Backend Development?"),
                        match(HYBRID, "SKILL", "skills[2].name", "postgresql", 1.5, "3. What Skills Are Required For Backend Programming?"),
                        match(HYBRID, "SKILL", "headline", "backend", 1.0, "4. What Is The Difference Between Frontend And Backend Development?"),
                        match(HYBRID, "SKILL", "skills[4].name", "rest", 1.0, "1. What is Back-end Development?"),
                        match(HYBRID, "SKILL", "skills[5].name", "docker", 0.5, "3. What Skills Are Required For Backend Programming?")),
                model.version()));
    }
    private Classification classify(CandidateProfile profile) {
        return classifier.classify(CandidateView.from(profile));
    }

    private static Match match(CandidateRole role, String signal, String field, String matchedText, double weight,
            String section) {
        return new Match(role, signal, field, matchedText, weight, section);
    }

    private static RoleModel pinnedModel() {
        try (InputStream in = ClassifierPinnedOutputTest.class.getClassLoader().getResourceAsStream(PINNED_MODEL)) {
            return RoleModel.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
