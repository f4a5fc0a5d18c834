package io.recruitflow.ingest.formats;

import java.util.Map;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.candidate.CandidateSubmission.EducationEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.SkillEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.Work;
import io.recruitflow.contracts.candidate.CandidateSubmission;
import org.junit.jupiter.api.Test;

import static io.recruitflow.ingest.formats.FormatFixtures.JSON;
import static io.recruitflow.ingest.formats.FormatFixtures.assertNoContactDetails;
import static io.recruitflow.ingest.formats.FormatFixtures.edited;
import static io.recruitflow.ingest.formats.FormatFixtures.fields;
import static io.recruitflow.ingest.formats.FormatFixtures.fixture;
import static io.recruitflow.ingest.formats.FormatFixtures.upsert;
import static io.recruitflow.ingest.formats.FormatFixtures.validateAndNormalise;
import static org.assertj.core.api.Assertions.assertThat;

class JsonResumeFormatTest {

    private static final Map<String, String> IDS = Map.of(
            "x-candidate-source", "inhouse", "x-candidate-id", "hr-0042", "x-event-id", "evt-0042-1");

    private final JsonResumeFormat format = new JsonResumeFormat(JSON);

    @Test
    void takesThePipelineIdsFromTheHeaders() {
        CandidateSubmission candidate = upsert(format.read(fixture("jsonresume", "resume"), IDS));

        assertThat(candidate.source()).isEqualTo("inhouse");
        assertThat(candidate.externalId()).isEqualTo("hr-0042");
        assertThat(candidate.eventId()).isEqualTo("evt-0042-1");
        assertThat(candidate.occurredAt()).isNull();
    }

    @Test
    void mapsBasicsWorkEducationAndSkills() {
        CandidateSubmission candidate = upsert(format.read(fixture("jsonresume", "resume"), IDS));

        assertThat(candidate.basics().name()).isEqualTo("Grace Canaryfield");
        assertThat(candidate.basics().label()).isEqualTo("Backend Engineer");
        assertThat(candidate.basics().summary()).startsWith("Backend engineer who owns system design");
        assertThat(candidate.work().get(0)).isEqualTo(new Work("Northwind Payments", "Senior Backend Engineer",
                "2020-03-01", null, "Leads the architecture of the ledger and settlement services.",
                java.util.List.of("Cut p99 latency by 60% with capacity planning and caching",
                        "Designed the data model for double-entry bookkeeping")));
        assertThat(candidate.work().get(1).endDate()).isEqualTo("2020-02");
        assertThat(candidate.education()).containsExactly(
                new EducationEntry("University of Leeds", "Computer Science", "MSc", "2014-06-30"));
        assertThat(candidate.skills().get(0)).isEqualTo(new SkillEntry("Java", "Master", java.util.List.of("Spring Boot", "Kafka")));
    }

    @Test
    void projectsAndVolunteeringBecomeUndatedWorkAndProjectKeywordsBecomeSkills() {
        CandidateSubmission candidate = upsert(format.read(fixture("jsonresume", "resume"), IDS));

        assertThat(candidate.work()).contains(
                new Work("kafka-ledger", "Maintainer, Architect", null, null,
                        "An open-source double-entry ledger on Kafka Streams.",
                        java.util.List.of("Exactly-once processing with transactions")),
                new Work("Code Club Springfield", "Mentor", null, null, "Taught teenagers Python.",
                        java.util.List.of("Ran a weekly workshop")));
        assertThat(candidate.skills()).extracting(SkillEntry::name).containsExactly("Java", "Databases", "Kafka Streams", "Kotlin");
    }

    @Test
    void projectsDoNotAddToTheYearsOfExperience() {
        CandidateProfile withProjects = validateAndNormalise(upsert(format.read(fixture("jsonresume", "resume"), IDS)));
        CandidateProfile without = validateAndNormalise(upsert(format.read(edited("jsonresume", "resume", "", root -> {
            root.remove("projects");
            root.remove("volunteer");
        }), IDS)));

        assertThat(withProjects.getYearsOfExperience()).isEqualTo(without.getYearsOfExperience());
    }

    @Test
    void dropsContactDetailsReferencesAndOtherPersonalSections() {
        CandidateSubmission candidate = upsert(format.read(fixture("jsonresume", "resume"), IDS));
        CandidateProfile profile = validateAndNormalise(candidate);

        assertNoContactDetails(candidate, profile);
        assertThat(candidate.toString() + profile).doesNotContain("Ada Referee", "0100 9999", "Climbing", "English",
                "Distinction", "photos.example.org");
    }

    @Test
    void aFullResumeNormalisesAndValidatesIntoAProfile() {
        CandidateProfile profile = validateAndNormalise(upsert(format.read(fixture("jsonresume", "resume"), IDS)));

        assertThat(profile.getCandidateKey()).isEqualTo("inhouse:hr-0042");
        assertThat(profile.getSkills()).extracting(s -> s.getName()).contains("java", "kotlin");
        assertThat(profile.getWork()).hasSize(4);
    }

    @Test
    void withoutAnEventIdHeaderTheEventIdIsDerivedFromTheBody() {
        Map<String, String> noEventId = Map.of("x-candidate-source", "inhouse", "x-candidate-id", "hr-0042");

        String eventId = upsert(format.read(fixture("jsonresume", "resume"), noEventId)).eventId();

        assertThat(eventId).startsWith("jsonresume-")
                .isEqualTo(upsert(format.read(fixture("jsonresume", "resume"), noEventId)).eventId());
    }

    @Test
    void missingIdentifierHeadersAreNamed() {
        assertThat(fields(() -> format.read(fixture("jsonresume", "resume"), Map.of())))
                .containsExactly("header x-candidate-source", "header x-candidate-id");
    }

    @Test
    void illTypedFieldsNameTheirJsonPath() {
        byte[] body = edited("jsonresume", "resume", "", root -> {
            root.put("work", "Northwind");
            root.putArray("skills").addObject().put("level", "Master");
            ((tools.jackson.databind.node.ObjectNode) root.get("education").get(0)).put("endDate", "summer");
            ((tools.jackson.databind.node.ObjectNode) root.get("basics")).put("label", 3);
        });

        assertThat(fields(() -> format.read(body, IDS))).containsExactlyInAnyOrder(
                "work", "skills[0].name", "education[0].endDate", "basics.label");
    }

    @Test
    void acceptsTheOlderCompanyFieldForTheEmployer() {
        byte[] body = edited("jsonresume", "resume", "/work/1", job -> {
            job.remove("name");
            job.put("company", "Contoso Ltd");
        });

        assertThat(upsert(format.read(body, IDS)).work().get(1).name()).isEqualTo("Contoso Ltd");
    }
}
