package io.recruitflow.notifier.routing;

import io.recruitflow.avro.CandidateClassified;
import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.SourcingPlatform;
import io.recruitflow.avro.WorkPreferences;
import io.recruitflow.avro.WorkplaceType;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static io.recruitflow.avro.CandidateRole.BACKEND_DEVELOPER;
import static io.recruitflow.avro.CandidateRole.BACKEND_ENGINEER;
import static io.recruitflow.avro.CandidateRole.HYBRID;
import static io.recruitflow.avro.CandidateRole.INSUFFICIENT_DATA;
import static io.recruitflow.avro.CandidateRole.NOT_BACKEND;
import static io.recruitflow.avro.EngagementType.CONTRACT;
import static io.recruitflow.avro.EngagementType.FREELANCE;
import static io.recruitflow.avro.EngagementType.FULL_TIME;
import static io.recruitflow.avro.EngagementType.TEAM_PROJECT;
import static io.recruitflow.avro.SourcingPlatform.DEVTEAM_SPACE;
import static io.recruitflow.avro.SourcingPlatform.DISTANTJOB;
import static io.recruitflow.avro.SourcingPlatform.HIRED;
import static io.recruitflow.avro.SourcingPlatform.TOPTAL;
import static io.recruitflow.avro.SourcingPlatform.UPWORK;
import static io.recruitflow.avro.WorkplaceType.ON_SITE;
import static io.recruitflow.avro.WorkplaceType.REMOTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RouterTest {

    private static final RoutingRules RULES = RoutingRules.standard();
    private final Router router = new Router(RULES, 0.6);

    @Test
    void suggestsDistantJobForASeniorEngineerWantingFullTimeRemoteWork() {
        Routing routing = router.route(input(BACKEND_ENGINEER, List.of(FULL_TIME), REMOTE, 8.0, "Backend Engineer"));

        assertThat(routing.suggested()).isEqualTo(DISTANTJOB);
        assertThat(routing.rankings().get(0).reasons()).containsExactly(
                "Wants remote work, and DistantJob is a remote recruitment agency",
                "Wants a full-time position, and DistantJob places long-lasting hires",
                "Senior profile fits DistantJob's shortlist of rigorously assessed experts");
    }

    @Test
    void suggestsUpworkForAFreelanceDeveloper() {
        Routing routing = router.route(input(BACKEND_DEVELOPER, List.of(FREELANCE), REMOTE, 3.0, "Backend Developer"));

        assertThat(routing.suggested()).isEqualTo(UPWORK);
        assertThat(routing.rankings().get(0).reasons())
                .contains("Wants freelance, contract or part-time work, and Upwork is a freelance talent community");
    }

    @Test
    void suggestsUpworkForAContractDeveloperOfUnknownSeniority() {
        Routing routing = router.route(input(BACKEND_DEVELOPER, List.of(CONTRACT), null, null, null));

        assertThat(routing.suggested()).isEqualTo(UPWORK);
    }

    @Test
    void suggestsToptalForASeniorFreelanceEngineer() {
        Routing routing = router.route(input(BACKEND_ENGINEER, List.of(FREELANCE), REMOTE, 10.0, "Backend Engineer"));

        assertThat(routing.suggested()).isEqualTo(TOPTAL);
        assertThat(routing.rankings().get(0).reasons())
                .contains("Senior freelancer fits a community geared to tech rather than a broad marketplace");
    }

    @Test
    void recognisesSeniorityFromTheTitleWhenYearsAreUnknown() {
        Routing routing = router.route(input(BACKEND_DEVELOPER, List.of(CONTRACT), REMOTE, null, "Lead Backend Developer"));

        assertThat(routing.suggested()).isEqualTo(TOPTAL);
    }

    @Test
    void matchesTitleKeywordsAsWholeWordsOnly() {
        // "Staffing" must not count as the keyword "staff"
        Routing routing = router.route(input(BACKEND_DEVELOPER, List.of(FREELANCE), REMOTE, null, "Staffing Tools Developer"));

        assertThat(routing.suggested()).isEqualTo(UPWORK);
    }

    @Test
    void suggestsDevTeamSpaceForTeamProjectEngagements() {
        Routing routing = router.route(input(BACKEND_DEVELOPER, List.of(TEAM_PROJECT), REMOTE, 4.0, null));

        assertThat(routing.suggested()).isEqualTo(DEVTEAM_SPACE);
        assertThat(routing.rankings().get(0).reasons()).containsExactly(
                "Prefers team or project engagements, and DevTeam.Space delivers through an AI Agile process");
    }

    @Test
    void suggestsHiredForFullTimeOnSiteCandidates() {
        Routing routing = router.route(input(BACKEND_DEVELOPER, List.of(FULL_TIME), ON_SITE, 6.0, null));

        assertThat(routing.suggested()).isEqualTo(HIRED);
        assertThat(rankingOf(routing, DISTANTJOB).reasons())
                .contains("Wants on-site work, while DistantJob recruits remote experts");
    }

    @Test
    void suggestsHiredForFullTimeHybridCandidates() {
        Routing routing = router.route(input(BACKEND_ENGINEER, List.of(FULL_TIME), WorkplaceType.HYBRID, 7.0, null));

        assertThat(routing.suggested()).isEqualTo(HIRED);
    }

    @Test
    void suggestsABroadDefaultWithAReasonWhenNoPreferencesAreStated() {
        Routing routing = router.route(input(BACKEND_ENGINEER, List.of(), null, 6.0, null));

        assertThat(routing.suggested()).isEqualTo(UPWORK);
        assertThat(routing.rankings().get(0).reasons()).containsExactly(
                "No work preferences stated; Upwork's wide array of categories, back-end included, is the broadest default pool");
    }

    @Test
    void listsThePlatformDescriptionWhenNoRuleMatches() {
        Routing routing = router.route(input(BACKEND_DEVELOPER, List.of(TEAM_PROJECT), REMOTE, 4.0, null));

        assertThat(rankingOf(routing, HIRED).reasons())
                .containsExactly("Marketplace where job seekers host profiles and companies search them");
    }

    @Test
    void routesConfidentCandidatesToTheirRolesQueue() {
        assertThat(router.route(input(BACKEND_ENGINEER, 0.9)).queue()).isEqualTo("backend-engineering");
        assertThat(router.route(input(BACKEND_DEVELOPER, 0.9)).queue()).isEqualTo("backend-development");
        assertThat(router.route(input(HYBRID, 0.9)).queue()).isEqualTo("backend-hybrid");
        assertThat(router.route(input(HYBRID, 0.9)).requiresHumanReview()).isFalse();
        assertThat(router.route(input(HYBRID, 0.9)).reviewReason()).isNull();
    }

    @Test
    void aConfidenceJustBelowTheThresholdDoesNotReadAsTheThreshold() {
        assertThat(router.route(input(BACKEND_ENGINEER, 0.5996)).reviewReason())
                .isEqualTo("confidence 0.5996 is below the review threshold 0.60");
        assertThat(router.route(input(BACKEND_ENGINEER, 0.595)).reviewReason())
                .isEqualTo("confidence 0.595 is below the review threshold 0.60");
        assertThat(router.route(input(BACKEND_ENGINEER, 0.6)).requiresHumanReview()).isFalse();
    }

    @Test
    void routesLowConfidenceCandidatesToHumanReview() {
        Routing routing = router.route(input(BACKEND_ENGINEER, 0.42));

        assertThat(routing.requiresHumanReview()).isTrue();
        assertThat(routing.reviewReason()).isEqualTo("confidence 0.42 is below the review threshold 0.60");
        assertThat(routing.queue()).isEqualTo("human-review");
    }

    @Test
    void reviewsNothingAtOrAboveTheThreshold() {
        assertThat(router.route(input(BACKEND_ENGINEER, 0.6)).requiresHumanReview()).isFalse();
    }

    @Test
    void honoursTheCallersReviewThreshold() {
        Router lenient = new Router(RULES, 0.4);

        Routing routing = lenient.route(input(BACKEND_ENGINEER, 0.42));

        assertThat(routing.requiresHumanReview()).isFalse();
        assertThat(routing.queue()).isEqualTo("backend-engineering");
    }

    @Test
    void usesTheRulesFileThresholdByDefault() {
        assertThat(RULES.defaultReviewThreshold()).isEqualTo(0.6);
        assertThat(new Router(RULES).route(input(BACKEND_ENGINEER, 0.59)).requiresHumanReview()).isTrue();
    }

    @Test
    void rejectsAReviewThresholdOutsideZeroAndOne() {
        assertThatThrownBy(() -> new Router(RULES, 1.5))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reviewThreshold");
    }

    @Test
    void routesInsufficientDataToHumanReviewButStillSuggests() {
        Routing routing = router.route(input(INSUFFICIENT_DATA, 0.95));

        assertThat(routing.requiresHumanReview()).isTrue();
        assertThat(routing.reviewReason()).isEqualTo("role INSUFFICIENT_DATA always needs human review");
        assertThat(routing.queue()).isEqualTo("human-review");
        assertThat(routing.suggested()).isNotNull().isEqualTo(routing.rankings().get(0).platform());
    }

    @Test
    void routesNotBackendToHumanReview() {
        Routing routing = router.route(input(NOT_BACKEND, 0.3));

        assertThat(routing.requiresHumanReview()).isTrue();
        assertThat(routing.reviewReason()).isEqualTo(
                "role NOT_BACKEND always needs human review; confidence 0.30 is below the review threshold 0.60");
        assertThat(routing.queue()).isEqualTo("human-review");
    }

    @Test
    void routesAConfidenceThatIsNotANumberToHumanReview() {
        Routing routing = router.route(input(BACKEND_ENGINEER, Double.NaN));

        assertThat(routing.requiresHumanReview()).isTrue();
        assertThat(routing.reviewReason()).isEqualTo("confidence is not a number");
    }

    @Test
    void ranksEveryPlatformBestFirst() {
        Routing routing = router.route(input(BACKEND_ENGINEER, List.of(FULL_TIME), REMOTE, 8.0, null));

        assertThat(routing.rankings()).extracting(RankedPlatform::platform)
                .containsExactlyInAnyOrder(SourcingPlatform.values());
        assertThat(routing.rankings()).extracting(RankedPlatform::score)
                .isSortedAccordingTo((a, b) -> Double.compare(b, a))
                .allSatisfy(score -> assertThat(score).isBetween(0.0, 1.0));
        assertThat(routing.suggested()).isEqualTo(routing.rankings().get(0).platform());
    }

    @Test
    void breaksTiesByEnumOrder() {
        RoutingRules flat = rules(json -> json
                .replaceAll("\"baseScore\": [0-9.]+", "\"baseScore\": 0.5")
                .replace("\"preferencesStated\": false", "\"preferencesStated\": true"));

        Routing routing = new Router(flat, 0.6).route(input(BACKEND_DEVELOPER, List.of(), null, null, null));

        assertThat(routing.rankings()).extracting(RankedPlatform::platform)
                .containsExactly(SourcingPlatform.values());
    }

    @Test
    void clampsScoresToZeroAndOne() {
        RoutingRules extreme = rules(json -> json
                .replace("\"delta\": 0.20,", "\"delta\": 5.0,")
                .replace("\"delta\": -0.25,", "\"delta\": -5.0,"));

        Routing remote = new Router(extreme, 0.6).route(input(BACKEND_ENGINEER, List.of(FULL_TIME), REMOTE, null, null));
        Routing onSite = new Router(extreme, 0.6).route(input(BACKEND_ENGINEER, List.of(), ON_SITE, null, null));

        assertThat(rankingOf(remote, DISTANTJOB).score()).isEqualTo(1.0);
        assertThat(rankingOf(onSite, DISTANTJOB).score()).isEqualTo(0.0);
    }

    @Test
    void isDeterministic() {
        RoutingInput input = input(HYBRID, List.of(FREELANCE, FULL_TIME, TEAM_PROJECT), REMOTE, 5.5, "Staff Engineer");

        Routing first = router.route(input);

        for (int i = 0; i < 20; i++) {
            assertThat(new Router(RoutingRules.standard(), 0.6).route(input)).isEqualTo(first);
        }
    }

    @Test
    void namesTheRulesVersion() {
        assertThat(router.route(input(BACKEND_ENGINEER, 0.9)).rulesVersion()).isEqualTo(RULES.version());
    }

    @Test
    void buildsItsInputFromAClassification() {
        CandidateClassified classified = CandidateClassified.newBuilder()
                .setCandidateKey("greenhouse:4711").setSource("greenhouse").setExternalId("4711")
                .setProfileEventId("evt-1").setOccurredAt(java.time.Instant.EPOCH).setClassifiedAt(java.time.Instant.EPOCH)
                .setRole(BACKEND_ENGINEER).setConfidence(0.8).setScores(List.of()).setEvidence(List.of())
                .setModelVersion("role-models@1").setYearsOfExperience(7.0).setCurrentTitle("Senior Engineer")
                .setPreferences(WorkPreferences.newBuilder()
                        .setEngagementTypes(List.of(FULL_TIME)).setWorkplace(REMOTE).build())
                .build();

        assertThat(RoutingInput.from(classified)).isEqualTo(
                new RoutingInput(BACKEND_ENGINEER, 0.8, List.of(FULL_TIME), REMOTE, 7.0, "Senior Engineer"));
    }

    private static RoutingInput input(CandidateRole role, List<EngagementType> engagementTypes, WorkplaceType workplace,
                                      Double years, String title) {
        return new RoutingInput(role, 0.9, engagementTypes, workplace, years, title);
    }

    private static RoutingInput input(CandidateRole role, double confidence) {
        return new RoutingInput(role, confidence, List.of(FULL_TIME), REMOTE, 6.0, null);
    }

    private static RankedPlatform rankingOf(Routing routing, SourcingPlatform platform) {
        return routing.rankings().stream().filter(r -> r.platform() == platform).findFirst().orElseThrow();
    }

    private static RoutingRules rules(java.util.function.UnaryOperator<String> edit) {
        String json = RulesFixtures.standardJson();
        String edited = edit.apply(json);
        assertThat(edited).as("the edit changed the rules").isNotEqualTo(json);
        return RoutingRules.load(new ByteArrayInputStream(edited.getBytes(StandardCharsets.UTF_8)));
    }
}
