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
import static org.assertj.core.api.Assertions.assertThat;

class WorkableFormatTest {

    private final WorkableFormat format = new WorkableFormat(JSON, SkillNames.standard());

    @Test
    void mapsTheCandidateObjectToTheCanonicalSubmission() {
        CandidateSubmission candidate = upsert(format.read(fixture("workable", "candidate_created"), Map.of()));

        assertThat(candidate.source()).isEqualTo("workable");
        assertThat(candidate.externalId()).isEqualTo("ce4da98");
        assertThat(candidate.eventId()).isEqualTo("4f7b1c9e2d");
        assertThat(candidate.occurredAt()).isEqualTo("2026-11-28T08:30:12Z");
        assertThat(candidate.basics().name()).isEqualTo("Grace Canaryfield");
        assertThat(candidate.basics().label()).isEqualTo("Backend Engineer, distributed systems");
        assertThat(candidate.basics().summary()).startsWith("Backend engineer with eight years");
        assertThat(candidate.work()).containsExactly(
                new Work("Northwind Payments", "Senior Backend Engineer", "2020-03-01", null,
                        "Designed the security architecture and the data model of the ledger service.", null),
                new Work("Contoso", "Backend Developer", "2016-07-01", "2020-02-29", "REST APIs with Spring Boot.", null));
        assertThat(candidate.education()).containsExactly(
                new EducationEntry("University of Leeds", "Computer Science", "MSc", "2014-06-30"));
        assertThat(candidate.skills()).extracting(SkillEntry::name)
                .containsExactly("Java", "Spring Boot", "Kafka", "PostgreSQL", "golang");
    }

    @Test
    void theCoverLetterBecomesTheResumeText() {
        CandidateSubmission candidate = upsert(format.read(fixture("workable", "candidate_created"), Map.of()));

        assertThat(candidate.resumeText()).startsWith("I design event-driven backends");
    }

    @Test
    void aCurrentJobHasNoEndEvenWhenWorkableSendsOne() {
        byte[] body = edited("workable", "candidate_created", "/data/experience_entries/0", e -> e.put("end_date", "2026-11-01"));

        assertThat(upsert(format.read(body, Map.of())).work().get(0).endDate()).isNull();
    }

    @Test
    void dropsContactDetailsAnswersAndTheResumeUrl() {
        CandidateSubmission candidate = upsert(format.read(fixture("workable", "candidate_created"), Map.of()));
        CandidateProfile profile = validateAndNormalise(candidate);

        assertNoContactDetails(candidate, profile);
        assertThat(candidate.toString() + profile).doesNotContain("resumes/ce4da98", "strong-referral", "Illinois");
    }

    @Test
    void aFullCandidateNormalisesAndValidatesIntoAProfile() {
        CandidateProfile profile = validateAndNormalise(upsert(format.read(fixture("workable", "candidate_created"), Map.of())));

        assertThat(profile.getCandidateKey()).isEqualTo("workable:ce4da98");
        assertThat(profile.getSkills()).extracting(s -> s.getName())
                .containsExactly("java", "spring-boot", "kafka", "postgresql", "golang");
        assertThat(profile.getResumeText()).contains("capacity planning");
        assertThat(profile.getYearsOfExperience()).isGreaterThan(10.0);
    }

    @Test
    void withoutADeliveryIdTheEventIdIsDerivedFromTheBody() {
        byte[] body = edited("workable", "candidate_created", "", root -> root.remove("id"));

        String eventId = upsert(format.read(body, Map.of())).eventId();

        assertThat(eventId).startsWith("workable-candidate_created-").isEqualTo(upsert(format.read(body, Map.of())).eventId());
    }

    @Test
    void employeeEventsAreNotACandidateEvent() {
        assertThat(format.read(fixture("workable", "employee_created"), Map.of()))
                .isEqualTo(new NotACandidateEvent("workable", "employee_created", "5a8c2d0f3e"));
    }

    @Test
    void aMissingCandidateIdOrDataNamesTheJsonPath() {
        byte[] noId = edited("workable", "candidate_created", "/data", d -> d.remove("id"));
        byte[] noData = edited("workable", "candidate_created", "", root -> root.remove("data"));

        assertThat(fields(() -> format.read(noId, Map.of()))).containsExactly("data.id");
        assertThat(fields(() -> format.read(noData, Map.of()))).contains("data");
    }

    @Test
    void illTypedFieldsNameTheirJsonPath() {
        byte[] body = edited("workable", "candidate_created", "/data", d -> {
            d.putArray("skills").add("Java").add(7);
            d.put("headline", false);
            ((tools.jackson.databind.node.ObjectNode) d.get("experience_entries").get(1)).put("start_date", "last spring");
        });

        assertThat(fields(() -> format.read(body, Map.of()))).containsExactlyInAnyOrder(
                "data.skills[1]", "data.headline", "data.experience_entries[1].start_date");
    }

    @Test
    void aMissingEventTypeIsRefused() {
        byte[] body = edited("workable", "candidate_created", "", root -> root.remove("event_type"));

        assertThat(fields(() -> format.read(body, Map.of()))).containsExactly("event_type");
    }
}
