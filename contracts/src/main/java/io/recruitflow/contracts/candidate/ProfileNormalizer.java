package io.recruitflow.contracts.candidate;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.Education;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.Skill;
import io.recruitflow.avro.WorkExperience;
import io.recruitflow.avro.WorkPreferences;
import io.recruitflow.avro.WorkplaceType;
import io.recruitflow.contracts.skills.SkillNames;
import io.recruitflow.contracts.topics.Topics;

/**
 * Turns a validated submission into the {@code CandidateProfile} event: trims text, gives skills
 * their canonical names (merging duplicates), derives years of experience from the work history
 * when the ATS does not state them, and leaves contact details behind: e-mail, phone, address and
 * links are never copied, and are scrubbed out of free text, as are a resume's personal-details
 * lines (name, birth date, nationality, location, ...).
 */
public final class ProfileNormalizer {

    private static final Pattern SPACES = Pattern.compile("[\\h\\s]+");

    private final SkillNames skillNames;
    private final Clock clock;

    public ProfileNormalizer(SkillNames skillNames, Clock clock) {
        this.skillNames = skillNames;
        this.clock = clock;
    }

    public CandidateProfile normalize(CandidateSubmission candidate) {
        Instant receivedAt = clock.instant();
        Instant occurredAt = candidate.occurredAt() == null ? receivedAt : Instant.parse(candidate.occurredAt().trim());
        String source = candidate.source().trim();
        String externalId = candidate.externalId().trim();
        CandidateSubmission.Basics basics = candidate.basics();
        List<WorkExperience> work = work(candidate.workOrEmpty());

        return CandidateProfile.newBuilder()
                .setCandidateKey(Topics.candidateKey(source, externalId))
                .setSource(source)
                .setExternalId(externalId)
                .setEventId(candidate.eventId().trim())
                .setOccurredAt(occurredAt)
                .setReceivedAt(receivedAt)
                .setDisplayName(basics == null ? null : line(basics.name()))
                .setHeadline(basics == null ? null : line(basics.label()))
                .setSummary(basics == null ? null : text(basics.summary()))
                .setYearsOfExperience(candidate.yearsOfExperience() != null
                        ? candidate.yearsOfExperience()
                        : YearsOfExperience.from(work, YearMonth.from(occurredAt.atZone(ZoneOffset.UTC))))
                .setSkills(skills(candidate.skillsOrEmpty()))
                .setWork(work)
                .setEducation(education(candidate.educationOrEmpty()))
                .setPreferences(preferences(candidate.preferences()))
                .setResumeText(text(PersonalDetails.strip(candidate.resumeText())))
                .build();
    }

    private List<Skill> skills(List<CandidateSubmission.SkillEntry> entries) {
        Map<String, Skill> byName = new LinkedHashMap<>();
        for (CandidateSubmission.SkillEntry entry : entries) {
            String name = skillName(entry.name());
            if (name.isBlank()) {
                continue; // e.g. a no-break space: not blank to the validator, empty once folded
            }
            Set<String> keywords = new LinkedHashSet<>();
            Skill existing = byName.get(name);
            if (existing != null) {
                keywords.addAll(existing.getKeywords());
            }
            if (entry.keywords() != null) {
                entry.keywords().stream().filter(Objects::nonNull).filter(k -> !k.isBlank())
                        .map(this::skillName).filter(k -> !k.isBlank()).forEach(keywords::add);
            }
            String level = existing != null && existing.getLevel() != null ? existing.getLevel() : line(entry.level());
            byName.put(name, Skill.newBuilder().setName(name).setLevel(level).setKeywords(List.copyOf(keywords)).build());
        }
        return List.copyOf(byName.values());
    }

    /** Skill names and keywords are free text too: contact details are scrubbed from them as well. */
    private String skillName(String text) {
        return skillNames.canonical(ContactScrubber.scrub(wellFormed(text)));
    }

    private static List<WorkExperience> work(List<CandidateSubmission.Work> entries) {
        List<WorkExperience> work = new ArrayList<>();
        for (CandidateSubmission.Work entry : entries) {
            work.add(WorkExperience.newBuilder()
                    .setPosition(line(entry.position()))
                    .setOrganization(line(entry.name()))
                    .setStartDate(line(entry.startDate()))
                    .setEndDate(line(entry.endDate()))
                    .setSummary(text(entry.summary()))
                    .setHighlights(texts(entry.highlights()))
                    .build());
        }
        // Most recent first, whatever order the ATS sent: ongoing jobs, then by start date.
        work.sort(Comparator.comparing((WorkExperience w) -> w.getEndDate() != null)
                .thenComparing(w -> w.getStartDate() == null ? "" : w.getStartDate(), Comparator.reverseOrder()));
        return work;
    }

    private static List<Education> education(List<CandidateSubmission.EducationEntry> entries) {
        return entries.stream().filter(Objects::nonNull)
                .map(entry -> Education.newBuilder()
                        .setInstitution(line(entry.institution()))
                        .setArea(line(entry.area()))
                        .setStudyType(line(entry.studyType()))
                        .setEndDate(line(entry.endDate()))
                        .build())
                .toList();
    }

    private static WorkPreferences preferences(CandidateSubmission.Preferences preferences) {
        if (preferences == null) {
            return WorkPreferences.newBuilder().setEngagementTypes(List.of()).setWorkplace(null).build();
        }
        List<EngagementType> engagementTypes = preferences.engagementTypes() == null ? List.of()
                : preferences.engagementTypes().stream().map(type -> LenientEnums.parse(EngagementType.class, type))
                        .distinct().toList();
        return WorkPreferences.newBuilder()
                .setEngagementTypes(engagementTypes)
                .setWorkplace(LenientEnums.parse(WorkplaceType.class, preferences.workplace()))
                .build();
    }

    private static List<String> texts(List<String> values) {
        return values == null ? List.of()
                : values.stream().map(ProfileNormalizer::text).filter(Objects::nonNull).toList();
    }

    /** A single line: trimmed, runs of whitespace collapsed, blank becomes absent. */
    private static String line(String value) {
        if (value == null) {
            return null;
        }
        String collapsed = SPACES.matcher(wellFormed(value)).replaceAll(" ").trim();
        return collapsed.isEmpty() ? null : ContactScrubber.scrub(collapsed);
    }

    /** Free text keeps its line breaks but loses contact details and surrounding blanks. */
    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return ContactScrubber.scrub(wellFormed(value).strip());
    }

    /**
     * Unpaired surrogates (JSON escapes may encode half an emoji) become U+FFFD: Avro writes strings as UTF-8,
     * which cannot carry them, so consumers would otherwise read other text than was validated.
     */
    static String wellFormed(String value) {
        StringBuilder text = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean paired = Character.isHighSurrogate(c) ? i + 1 < value.length() && Character.isLowSurrogate(value.charAt(i + 1))
                    : !Character.isLowSurrogate(c) || i > 0 && Character.isHighSurrogate(value.charAt(i - 1));
            if (!paired && text == null) {
                text = new StringBuilder(value.substring(0, i));
            }
            if (text != null) {
                text.append(paired ? c : '\uFFFD');
            }
        }
        return text == null ? value : text.toString();
    }
}
