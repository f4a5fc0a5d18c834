package io.recruitflow.contracts.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.Skill;
import io.recruitflow.avro.WorkplaceType;
import io.recruitflow.contracts.skills.SkillNames;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

class CandidateIntakeTest {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");

    private final CandidateIntake intake = new CandidateIntake(new CandidateReader(JsonMapper.builder().build()),
            new CandidateValidator(), new ProfileNormalizer(SkillNames.standard(), Clock.fixed(NOW, ZoneOffset.UTC)));

    @Test
    void keysTheProfileBySourceAndExternalId() {
        CandidateProfile profile = intake.accept(Fixtures.candidate("engineer"));

        assertThat(profile.getCandidateKey()).isEqualTo("greenhouse:4711");
        assertThat(profile.getEventId()).isEqualTo("gh-evt-0001");
        assertThat(profile.getOccurredAt()).isEqualTo(Instant.parse("2026-11-01T10:15:30Z"));
        assertThat(profile.getReceivedAt()).isEqualTo(NOW);
    }

    @Test
    void givesSkillsTheirCanonicalNamesAndMergesDuplicates() {
        CandidateProfile profile = intake.accept(Fixtures.candidate("engineer"));

        assertThat(profile.getSkills()).extracting(Skill::getName).containsExactly("java", "nodejs", "postgresql");
        assertThat(profile.getSkills().get(0).getKeywords()).containsExactly("spring-boot", "nodejs");
        assertThat(profile.getSkills().get(1).getKeywords()).containsExactly("express");
    }

    @Test
    void dropsContactDetailsEvenFromFreeText() {
        CandidateProfile profile = intake.accept(Fixtures.candidate("engineer"));
        String everything = profile.toString();

        assertThat(everything).doesNotContain("ada@example.org", "7946", "010-9999", "Example Street", "ada.example.org");
        assertThat(profile.getSummary()).contains("[email removed]", "[phone removed]");
        assertThat(profile.getResumeText()).contains("• Architecture of backend systems");
    }

    @Test
    void trimsTextAndKeepsTheDisplayNameForRecruiters() {
        CandidateProfile profile = intake.accept(Fixtures.candidate("engineer"));

        assertThat(profile.getDisplayName()).isEqualTo("Ada Example");
        assertThat(profile.getHeadline()).isEqualTo("Senior Backend Engineer");
    }

    @Test
    void derivesYearsOfExperienceFromWorkHistoryWhenNotStated() {
        CandidateProfile profile = intake.accept(Fixtures.candidate("engineer"));

        // 2016-01..2019-12 (48 months) + 2020-01..2026-11 (83 months) = 131 months
        assertThat(profile.getYearsOfExperience()).isEqualTo(10.9);
        assertThat(profile.getWork().get(0).getPosition()).as("current job first").isEqualTo("Staff Backend Engineer");
    }

    @Test
    void readsWorkPreferencesLeniently() {
        CandidateProfile profile = intake.accept(Fixtures.candidate("engineer"));

        assertThat(profile.getPreferences().getEngagementTypes()).containsExactly(EngagementType.FULL_TIME);
        assertThat(profile.getPreferences().getWorkplace()).isEqualTo(WorkplaceType.REMOTE);
    }

    @Test
    void namesEveryMissingIdentifier() {
        assertThatThrownBy(() -> intake.accept(json("{\"basics\":{\"name\":\"x\"}}")))
                .isInstanceOfSatisfying(InvalidCandidateException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("source", "externalId", "eventId"));
    }

    @Test
    void namesTheNestedFieldThatIsWrong() {
        String body = """
                {"source":"lever","externalId":"1","eventId":"e1",
                 "skills":[{"name":"java"},{"name":" "}],
                 "work":[{"position":"Dev","startDate":"2020-13"},{"startDate":"2021-05","endDate":"2020-01"}],
                 "preferences":{"engagementTypes":["gig"],"workplace":"moon"},
                 "yearsOfExperience":-1}
                """;

        assertThatThrownBy(() -> intake.accept(json(body)))
                .isInstanceOfSatisfying(InvalidCandidateException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("work[0].startDate", "work[1].endDate",
                                "skills[1].name", "preferences.engagementTypes[0]", "preferences.workplace",
                                "yearsOfExperience"));
    }

    @Test
    void namesTheFieldWithTheWrongJsonType() {
        assertThatThrownBy(() -> intake.accept(json("{\"source\":\"x\",\"skills\":\"java\"}")))
                .isInstanceOfSatisfying(InvalidCandidateException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("skills"));
    }

    @Test
    void pointsAtMalformedJsonWithoutQuotingIt() {
        assertThatThrownBy(() -> intake.accept(json("{\"source\": \"secret-value\" \"x\"")))
                .isInstanceOf(InvalidCandidateException.class)
                .hasMessageContaining("malformed JSON at line 1")
                .hasMessageNotContaining("secret-value");
    }

    @Test
    void refusesAnEmptyBodyAndJsonNull() {
        assertThatThrownBy(() -> intake.accept(new byte[0])).hasMessageContaining("body is empty");
        assertThatThrownBy(() -> intake.accept(json("null"))).hasMessageContaining("must be a JSON object");
        assertThatThrownBy(() -> intake.accept((byte[]) null)).hasMessageContaining("body is empty");
    }

    @Test
    void refusesSourcesThatWouldBreakTheCandidateKey() {
        assertThatThrownBy(() -> intake.accept(json("{\"source\":\"Green:house\",\"externalId\":\"1\",\"eventId\":\"e\"}")))
                .isInstanceOfSatisfying(InvalidCandidateException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("source"));
    }

    @Test
    void acceptsABatchAllOrNothingNamingEachBadFieldByIndex() {
        String good = "{\"source\":\"lever\",\"externalId\":\"1\",\"eventId\":\"e1\"}";
        String bad = "{\"source\":\"lever\",\"eventId\":\"e2\",\"skills\":[{\"name\":\"\"}]}";

        assertThat(intake.acceptBatch(json("[" + good + "," + good.replace("\"1\"", "\"2\"") + "]"), 10))
                .extracting(CandidateProfile::getCandidateKey).containsExactly("lever:1", "lever:2");
        assertThatThrownBy(() -> intake.acceptBatch(json("[" + good + "," + bad + ",null]"), 10))
                .isInstanceOfSatisfying(InvalidCandidateException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("[1].externalId", "[1].skills[0].name", "[2]"));
        assertThatThrownBy(() -> intake.acceptBatch(json("[" + good + "," + good + "]"), 1))
                .hasMessageContaining("between 1 and 1 candidates");
        assertThatThrownBy(() -> intake.acceptBatch(json(good), 10)).isInstanceOf(InvalidCandidateException.class);
        assertThatThrownBy(() -> intake.acceptBatch(json("[{\"skills\":7}]"), 10))
                .isInstanceOfSatisfying(InvalidCandidateException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("[0].skills"));
    }

    @Test
    void checksTheIdentifiersOfAnErasureLikeThoseOfAProfile() {
        CandidateValidator validator = new CandidateValidator();

        validator.validateIdentifiers("greenhouse", "4711", "e-1");
        assertThatThrownBy(() -> validator.validateIdentifiers("greenhouse", ":4711", "e\u0000x"))
                .isInstanceOfSatisfying(InvalidCandidateException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("externalId", "eventId"));
        assertThatThrownBy(() -> validator.validateIdentifiers("Green House", "1", "e"))
                .isInstanceOfSatisfying(InvalidCandidateException.class, e -> assertThat(e.violations())
                        .extracting(Violation::field).containsExactly("source"));
    }

    private static byte[] json(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
