package io.recruitflow.classifier.scoring;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.Education;
import io.recruitflow.avro.WorkExperience;
import io.recruitflow.contracts.candidate.PersonalDetails;
import io.recruitflow.contracts.skills.SkillNames;
import java.util.List;
import java.util.Objects;

/**
 * Everything the classifier may read about a candidate, and nothing else. Built from a
 * {@link CandidateProfile} by {@link #from}, it leaves out the display name and everything that can
 * stand for a protected attribute or a proxy of one: organisations and institutions (location,
 * nationality), dates (age), contact and preference data. Fairness is structural: the scorer only
 * ever receives this view, so those attributes cannot influence a verdict.
 *
 * <p>Free resume text loses its personal-details lines ({@link PersonalDetails}: name, birth date,
 * nationality, location, ...); what remains may still mention such things in passing, and the role
 * model only looks for role phrases and skill names in it. Absent text is the empty string.
 *
 * @param skills            canonical skill names with their keywords, in profile order
 * @param work              positions, summaries and highlights, in profile order
 * @param educationAreas    fields of study, in profile order (empty string where absent)
 * @param yearsOfExperience stated or derived experience; carried for callers, not scored
 */
public record CandidateView(List<Skill> skills, String headline, String summary, List<Work> work,
        List<String> educationAreas, Double yearsOfExperience, String resumeText) {

    public CandidateView {
        skills = List.copyOf(skills);
        headline = Objects.requireNonNullElse(headline, "");
        summary = Objects.requireNonNullElse(summary, "");
        work = List.copyOf(work);
        educationAreas = List.copyOf(educationAreas);
        resumeText = Objects.requireNonNullElse(resumeText, "");
    }

    /** A skill by its canonical name (see {@link SkillNames}) with the keywords listed under it. */
    public record Skill(String canonical, List<String> keywords) {
        public Skill {
            canonical = Objects.requireNonNullElse(canonical, "");
            keywords = List.copyOf(keywords);
        }
    }

    /** One work-history entry without organisation or dates. */
    public record Work(String position, String summary, List<String> highlights) {
        public Work {
            position = Objects.requireNonNullElse(position, "");
            summary = Objects.requireNonNullElse(summary, "");
            highlights = List.copyOf(highlights);
        }
    }

    public static CandidateView from(CandidateProfile profile) {
        SkillNames names = SkillNames.standard();
        List<Skill> skills = profile.getSkills().stream()
                .map(s -> new Skill(names.canonical(s.getName()), nonNull(s.getKeywords())))
                .toList();
        List<Work> work = profile.getWork().stream().map(CandidateView::work).toList();
        List<String> areas = profile.getEducation().stream()
                .map(Education::getArea)
                .map(area -> Objects.requireNonNullElse(area, ""))
                .toList();
        return new CandidateView(skills, profile.getHeadline(), profile.getSummary(), work, areas,
                profile.getYearsOfExperience(), PersonalDetails.strip(profile.getResumeText()));
    }

    private static Work work(WorkExperience experience) {
        return new Work(experience.getPosition(), experience.getSummary(), nonNull(experience.getHighlights()));
    }

    private static List<String> nonNull(List<String> values) {
        return values == null ? List.of() : values.stream().filter(Objects::nonNull).toList();
    }
}
