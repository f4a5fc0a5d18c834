package io.recruitflow.ingest.formats;

import java.util.Map;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.candidate.CandidateSubmission.EducationEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.SkillEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.Work;
import io.recruitflow.contracts.candidate.CandidateSubmission;
import io.recruitflow.contracts.skills.SkillNames;
import org.junit.jupiter.api.Test;

import static io.recruitflow.ingest.formats.FormatFixtures.JSON;
import static io.recruitflow.ingest.formats.FormatFixtures.assertNoContactDetails;
import static io.recruitflow.ingest.formats.FormatFixtures.edited;
import static io.recruitflow.ingest.formats.FormatFixtures.fields;
import static io.recruitflow.ingest.formats.FormatFixtures.fixture;
import static io.recruitflow.ingest.formats.FormatFixtures.upsert;
import static io.recruitflow.ingest.formats.FormatFixtures.validateAndNormalise;
import static io.recruitflow.ingest.formats.FormatFixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;

class GreenhouseFormatTest {

    private static final Map<String, String> DELIVERY = Map.of("greenhouse-event-id", "3ce5180d-9119-4ddc-9ef6-21edb6e76f8a");

    private final GreenhouseFormat format = new GreenhouseFormat(JSON, SkillNames.standard());

    @Test
    void mapsTheApplicationsCandidateToTheCanonicalSubmission() {
        CandidateSubmission candidate = upsert(format.read(fixture("greenhouse", "new_candidate_application"), DELIVERY));

        assertThat(candidate.source()).isEqualTo("greenhouse");
        assertThat(candidate.externalId()).isEqualTo("60304594");
        assertThat(candidate.eventId()).isEqualTo("3ce5180d-9119-4ddc-9ef6-21edb6e76f8a");
        assertThat(candidate.occurredAt()).isEqualTo("2026-11-27T14:44:42Z");
        assertThat(candidate.basics().name()).isEqualTo("Grace Canaryfield");
        assertThat(candidate.basics().label()).isEqualTo("Senior Backend Engineer");
        assertThat(candidate.work()).containsExactly(
                new Work("Northwind Payments", "Senior Backend Engineer", "2020-03-01", null, null, null),
                new Work("Contoso", "Backend Developer", "2014-07-01", "2020-02-28", null, null));
        assertThat(candidate.education()).containsExactly(
                new EducationEntry("University of Leeds", "Computer Science", "Master's Degree", "2014-06-30"));
        assertThat(candidate.resumeText()).as("the resume is an attachment URL, never fetched").isNull();
        assertThat(candidate.preferences().workplace()).as("the Work Remotely custom field").isEqualTo("REMOTE");
    }

    @Test
    void turnsTagsAndCustomFieldValuesIntoSkillsOnlyWhenTheSkillVocabularyKnowsThem() {
        CandidateSubmission candidate = upsert(format.read(fixture("greenhouse", "new_candidate_application"), DELIVERY));

        assertThat(candidate.skills()).extracting(SkillEntry::name)
                .containsExactly("Java", "Kafka", "PostgreSQL", "Kotlin", "Spring Boot", "Rails");
    }

    @Test
    void dropsContactDetailsCustomFieldsAndAttachmentUrls() {
        CandidateSubmission candidate = upsert(format.read(fixture("greenhouse", "new_candidate_application"), DELIVERY));
        CandidateProfile profile = validateAndNormalise(candidate);

        assertNoContactDetails(candidate, profile);
        assertThat(candidate.toString() + profile).doesNotContain("1990-04-01", "120000", "s3.amazonaws.com",
                "Import from Previous ATS");
    }

    @Test
    void aFullApplicationNormalisesAndValidatesIntoAProfile() {
        CandidateProfile profile = validateAndNormalise(
                upsert(format.read(fixture("greenhouse", "new_candidate_application"), DELIVERY)));

        assertThat(profile.getCandidateKey()).isEqualTo("greenhouse:60304594");
        assertThat(profile.getDisplayName()).isEqualTo("Grace Canaryfield");
        assertThat(profile.getSkills()).extracting(s -> s.getName())
                .containsExactly("java", "kafka", "postgresql", "kotlin", "spring-boot", "rails");
        assertThat(profile.getWork()).hasSize(2);
        assertThat(profile.getYearsOfExperience()).isGreaterThan(12.0);
    }

    @Test
    void withoutTheEventIdHeaderTheEventIdIsDerivedFromTheBody() {
        byte[] body = fixture("greenhouse", "new_candidate_application");
        String first = upsert(format.read(body, Map.of())).eventId();
        String redelivered = upsert(format.read(body.clone(), Map.of())).eventId();
        String edited = upsert(format.read(edited("greenhouse", "new_candidate_application",
                "/payload/application/candidate", c -> c.put("title", "Staff Backend Engineer")), Map.of())).eventId();

        assertThat(first).startsWith("greenhouse-new_candidate_application-").isEqualTo(redelivered);
        assertThat(edited).isNotEqualTo(first);
    }

    @Test
    void usesTheCurrentCompanyAndTitleAsTheJobWhenThereAreNoEmployments() {
        byte[] body = edited("greenhouse", "new_candidate_application", "/payload/application/candidate",
                c -> c.putArray("employments"));

        assertThat(upsert(format.read(body, DELIVERY)).work())
                .containsExactly(new Work("Northwind Payments", "Senior Backend Engineer", null, null, null, null));
    }

    @Test
    void deleteCandidateErasesThePerson() {
        AtsEvent event = format.read(fixture("greenhouse", "delete_candidate"), DELIVERY);

        assertThat(event).isEqualTo(new CandidateErasure("greenhouse", "60304594", "3ce5180d-9119-4ddc-9ef6-21edb6e76f8a"));
    }

    @Test
    void mergeCandidateErasesTheMergedAwayPerson() {
        byte[] body = edited("greenhouse", "delete_candidate", "", root -> root.put("action", "merge_candidate"));

        assertThat(format.read(body, DELIVERY)).isInstanceOf(CandidateErasure.class)
                .extracting(e -> ((CandidateErasure) e).externalId()).isEqualTo("60304594");
    }

    @Test
    void aDeleteWithoutPersonIdNamesThePath() {
        byte[] body = edited("greenhouse", "delete_candidate", "/payload/person", person -> person.remove("id"));

        assertThat(fields(() -> format.read(body, DELIVERY))).containsExactly("payload.person.id");
    }

    @Test
    void pingIsAnsweredAsNotACandidateEvent() {
        AtsEvent event = format.read(fixture("greenhouse", "ping"), DELIVERY);

        assertThat(event).isEqualTo(new NotACandidateEvent("greenhouse", "ping", "3ce5180d-9119-4ddc-9ef6-21edb6e76f8a"));
        assertThat(((NotACandidateEvent) event).reason()).contains("ping");
    }

    @Test
    void offerAndOtherNonCandidateActionsAreNotACandidateEvent() {
        assertThat(format.read(fixture("greenhouse", "offer_created"), Map.of()))
                .isInstanceOfSatisfying(NotACandidateEvent.class, e -> {
                    assertThat(e.eventType()).isEqualTo("offer_created");
                    assertThat(e.eventId()).startsWith("greenhouse-offer_created-");
                });
    }

    @Test
    void aMissingCandidateIdNamesItsJsonPath() {
        byte[] body = edited("greenhouse", "new_candidate_application", "/payload/application/candidate",
                c -> c.remove("id"));

        assertThat(violations(() -> format.read(body, DELIVERY)))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("payload.application.candidate.id");
                    assertThat(v.message()).isEqualTo("is required");
                });
    }

    @Test
    void illTypedFieldsAreAllNamedAndNoValueIsQuoted() {
        byte[] body = edited("greenhouse", "new_candidate_application", "/payload/application/candidate", c -> {
            c.put("id", true);
            c.put("first_name", 42);
            c.put("tags", "Java");
            ((tools.jackson.databind.node.ObjectNode) c.get("employments").get(1)).put("start_date", "canary.grace@example.org");
        });

        var violations = violations(() -> format.read(body, DELIVERY));

        assertThat(violations).extracting(v -> v.field()).containsExactlyInAnyOrder(
                "payload.application.candidate.id", "payload.application.candidate.first_name",
                "payload.application.candidate.tags", "payload.application.candidate.employments[1].start_date");
        assertThat(violations.toString()).doesNotContain("canary", "42");
    }

    @Test
    void anApplicationEventWithoutCandidateNamesThePath() {
        byte[] body = edited("greenhouse", "new_candidate_application", "/payload/application", a -> a.remove("candidate"));

        assertThat(fields(() -> format.read(body, DELIVERY))).containsExactly("payload.application.candidate");
    }

    @Test
    void aPayloadWithoutActionOrNotJsonIsRefused() {
        assertThat(fields(() -> format.read("{\"payload\":{}}".getBytes(), DELIVERY))).containsExactly("action");
        assertThat(violations(() -> format.read("{\"action\": \"ping\",".getBytes(), DELIVERY)))
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("$");
                    assertThat(v.message()).startsWith("malformed JSON");
                });
        assertThat(fields(() -> format.read("[1]".getBytes(), DELIVERY))).containsExactly("$");
    }
}
