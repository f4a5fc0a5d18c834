package io.recruitflow.ingest.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.recruitflow.contracts.candidate.CandidateSubmission.Basics;
import io.recruitflow.contracts.candidate.CandidateSubmission.EducationEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.SkillEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.Work;
import io.recruitflow.contracts.candidate.CandidateSubmission;
import tools.jackson.databind.json.JsonMapper;

/**
 * A resume in the <a href="https://jsonresume.org/schema">JSON Resume</a> {@code resume-schema}.
 *
 * <p><b>Identifiers.</b> JSON Resume has no place for the pipeline's ids, so they come with the
 * request: headers {@code x-candidate-source} and {@code x-candidate-id} (required), and
 * {@code x-event-id} (optional; without it the event id is {@code jsonresume-<hash of the body>}, so
 * re-sending the same resume is recognised as the same event). A caller that takes them as query
 * parameters ({@code ?source=&externalId=&eventId=}) passes them under those header names.
 *
 * <p><b>Mapping.</b> {@code basics.name/label/summary}; {@code work[]} as is; {@code education[]}
 * ({@code institution, area, studyType, endDate}); {@code skills[]} ({@code name, level, keywords}).
 * {@code projects[]} and {@code volunteer[]} become extra work entries <em>without dates</em> (their
 * descriptions and highlights are evidence, but they must not inflate the years of experience
 * derived from dated jobs); a project's {@code roles} become its position, and its
 * {@code keywords} also become skills, so they count as structured skill evidence.
 *
 * <p><b>Dropped.</b> Contact data ({@code basics.email, phone, url, location, profiles}, every
 * {@code url}), {@code education.score/courses}, {@code awards, certificates, publications,
 * languages, interests, references} (third parties' personal data) and {@code meta}. JSON Resume
 * carries no free resume body, so {@code resumeText} stays empty.
 */
public final class JsonResumeFormat implements CandidateFormat {

    public static final String NAME = "jsonresume";
    public static final String SOURCE_HEADER = "x-candidate-source";
    public static final String ID_HEADER = "x-candidate-id";
    public static final String EVENT_ID_HEADER = "x-event-id";

    private final JsonMapper json;

    public JsonResumeFormat(JsonMapper json) {
        this.json = json;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AtsEvent read(byte[] body, Map<String, String> headers) {
        String source = Payload.header(headers, SOURCE_HEADER);
        String externalId = Payload.header(headers, ID_HEADER);
        String eventId = Payload.header(headers, EVENT_ID_HEADER);
        Payload.Section resume = Payload.parse(json, body);
        if (source == null) {
            resume.fail("header " + SOURCE_HEADER, "is required");
        }
        if (externalId == null) {
            resume.fail("header " + ID_HEADER, "is required");
        }

        Payload.Section basics = resume.object("basics");
        Basics canonicalBasics = new Basics(basics.string("name"), basics.string("label"), basics.string("summary"));

        List<Work> work = new ArrayList<>();
        for (Payload.Section job : resume.objects("work")) {
            // resume-schema before 1.0 called the employer "company"
            String employer = job.has("name") ? job.string("name") : job.string("company");
            work.add(new Work(employer, job.string("position"), VendorDates.date(job, "startDate"),
                    VendorDates.date(job, "endDate"), job.string("summary"), job.strings("highlights")));
        }
        List<SkillEntry> skills = new ArrayList<>();
        for (Payload.Section skill : resume.objects("skills")) {
            String name = skill.string("name");
            if (name == null || name.isBlank()) {
                skill.fail("name", "is required");
                continue;
            }
            skills.add(new SkillEntry(name, skill.string("level"), skill.strings("keywords")));
        }
        for (Payload.Section project : resume.objects("projects")) {
            List<String> roles = project.strings("roles");
            work.add(new Work(project.string("name"), roles.isEmpty() ? null : String.join(", ", roles), null, null,
                    project.string("description"), project.strings("highlights")));
            for (String keyword : project.strings("keywords")) {
                skills.add(new SkillEntry(keyword, null, List.of()));
            }
        }
        for (Payload.Section volunteering : resume.objects("volunteer")) {
            work.add(new Work(volunteering.string("organization"), volunteering.string("position"), null, null,
                    volunteering.string("summary"), volunteering.strings("highlights")));
        }
        List<EducationEntry> education = new ArrayList<>();
        for (Payload.Section entry : resume.objects("education")) {
            education.add(new EducationEntry(entry.string("institution"), entry.string("area"),
                    entry.string("studyType"), VendorDates.date(entry, "endDate")));
        }
        resume.throwIfInvalid();

        return new CandidateUpsert(new CandidateSubmission(source, externalId,
                eventId != null ? eventId : ContentIds.of(NAME, body), null, canonicalBasics,
                work, skills, education, null, null, null));
    }
}
