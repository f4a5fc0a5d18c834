package io.recruitflow.contracts.candidate;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;

/**
 * The canonical candidate JSON that ATS systems send to ingest-service: JSON Resume's
 * {@code basics}, {@code work}, {@code skills} and {@code education}, plus the pipeline's
 * identifiers ({@code source}, {@code externalId}, {@code eventId}), work preferences and optional
 * free {@code resumeText}. Unknown properties are ignored; contact details are read only so they
 * can be dropped (they never leave ingest).
 */
@JsonIgnoreProperties(ignoreUnknown = true)
public record CandidateSubmission(
        String source,
        String externalId,
        String eventId,
        String occurredAt,
        Basics basics,
        List<Work> work,
        List<SkillEntry> skills,
        List<EducationEntry> education,
        Preferences preferences,
        Double yearsOfExperience,
        String resumeText) {

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Basics(String name, String label, String summary) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Work(@JsonAlias("company") String name, String position, String startDate, String endDate,
                       String summary, List<String> highlights) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record SkillEntry(String name, String level, List<String> keywords) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record EducationEntry(String institution, String area, String studyType, String endDate) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Preferences(List<String> engagementTypes, String workplace) {
    }

    List<Work> workOrEmpty() {
        return work == null ? List.of() : work;
    }

    List<SkillEntry> skillsOrEmpty() {
        return skills == null ? List.of() : skills;
    }

    List<EducationEntry> educationOrEmpty() {
        return education == null ? List.of() : education;
    }
}
