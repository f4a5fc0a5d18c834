package io.recruitflow.contracts.candidate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.ZoneOffset;

import io.recruitflow.avro.CandidateProfile;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** Counterexamples {@link CandidateIntakeProperties} found, kept as plain tests. */
class CandidateIntakeRegressionTest {

    private final CandidateIntake intake = CandidateIntake.standard(JsonMapper.builder().build(),
            Clock.fixed(CandidateIntakeProperties.NOW, ZoneOffset.UTC));

    private CandidateProfile accept(String json) {
        return CandidateIntakeProperties.acceptOrRefuse(intake, json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLoneSurrogateInTextIsPublishedAsItRoundTrips() {
        CandidateProfile profile = accept("""
                {"source":"a","externalId":"1","eventId":"e","resumeText":"ab\\ud83d","basics":{"name":"x\\udc00"},
                 "skills":[{"name":"\\ud83d","keywords":["\\udc00"]}]}""");

        assertThat(profile).isNotNull();
    }

    @Test
    void contactDetailsInSkillNamesAndKeywordsAreNotPublished() {
        CandidateProfile profile = accept("""
                {"source":"a","externalId":"1","eventId":"e",
                 "skills":[{"name":"canary.9137@example.org","keywords":["+44 20 7946 9137"]}]}""");

        assertThat(profile.toString()).doesNotContain("canary.9137@example.org", "7946 9137");
    }

    @Test
    void aSkillNameThatFoldsToNothingIsNotPublished() {
        CandidateProfile profile = accept("""
                {"source":"a","externalId":"1","eventId":"e","skills":[{"name":"\\u00a0","keywords":["\\u00a0"]}]}""");

        assertThat(profile.getSkills()).isEmpty();
    }

    @Test
    void anOccurredAtBeyondTimestampMillisIsRefusedNotFailedAtPublishing() {
        assertThat(accept("""
                {"source":"a","externalId":"1","eventId":"e","occurredAt":"+999999999-12-31T23:59:59Z"}""")).isNull();
        assertThat(accept("""
                {"source":"a","externalId":"1","eventId":"e","occurredAt":"+1000000000-12-31T23:59:59Z"}""")).isNull();
    }
}
