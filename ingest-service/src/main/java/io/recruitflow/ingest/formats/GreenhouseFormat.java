package io.recruitflow.ingest.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.recruitflow.contracts.candidate.CandidateSubmission.Basics;
import io.recruitflow.contracts.candidate.CandidateSubmission.EducationEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.Preferences;
import io.recruitflow.contracts.candidate.CandidateSubmission.SkillEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.Work;
import io.recruitflow.contracts.candidate.CandidateSubmission;
import io.recruitflow.contracts.skills.SkillNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Greenhouse Recruiting webhooks: {@code {"action": ..., "payload": {...}}}.
 *
 * <p><b>Events.</b> Any action whose {@code payload.application.candidate} is an object
 * ({@code new_candidate_application}, {@code application_updated}, {@code candidate_stage_change},
 * {@code hire_candidate}, {@code new_prospect_application}, ...) is a {@link CandidateUpsert}.
 * {@code delete_candidate} and {@code merge_candidate} (the merged-away record no longer exists) are a
 * {@link CandidateErasure} of {@code payload.person.id}. {@code ping} and every other action (jobs,
 * offers, interviews, {@code delete_application}: the candidate stays) are a
 * {@link NotACandidateEvent}.
 *
 * <p><b>Identifiers.</b> source {@code greenhouse}; externalId the Greenhouse candidate id as text;
 * eventId the {@code greenhouse-event-id} header Greenhouse sends with every delivery, else
 * {@code greenhouse-<action>-<hash of the body>} (see {@link ContentIds}: a re-delivery keeps its
 * id, a new edit gets a new one). occurredAt is {@code application.last_activity_at}.
 *
 * <p><b>Mapping.</b> {@code first_name + last_name} -> {@code basics.name}; {@code title} ->
 * {@code basics.label}; {@code employments[]} ({@code company_name, title, start_date, end_date}) ->
 * {@code work[]}, or, when there are none, {@code company}/{@code title} as the current job;
 * {@code educations[]} ({@code school_name, discipline, degree, end_date}) -> {@code education[]};
 * dates in Greenhouse's {@code MM/DD/YYYY} become ISO. Skills: the candidate's {@code tags} and the
 * text or option values of the candidate's {@code custom_fields} that the shared skill vocabulary
 * knows (see {@link SkillTags}); nothing else of tags or custom fields is copied.
 *
 * <p><b>Dropped.</b> {@code phone_numbers, email_addresses, addresses, website_addresses,
 * social_media_addresses, photo_url}, recruiter and coordinator, and {@code attachments}: the resume
 * is only a URL, which is never fetched, so {@code resumeText} stays empty.
 */
public final class GreenhouseFormat implements CandidateFormat {

    public static final String NAME = "greenhouse";
    public static final String EVENT_ID_HEADER = "greenhouse-event-id";

    /** Actions that always carry {@code payload.application.candidate}; for these it is required. */
    static final Set<String> APPLICATION_ACTIONS = Set.of("new_candidate_application", "application_updated",
            "candidate_stage_change", "hire_candidate", "new_prospect_application", "reject_candidate",
            "unreject_candidate");

    /** Greenhouse's common "Work Remotely" candidate custom field: the one work preference it carries. */
    static final String WORK_REMOTELY = "work_remotely";

    private final JsonMapper json;
    private final SkillTags skillTags;

    public GreenhouseFormat(JsonMapper json, SkillNames skillNames) {
        this.json = json;
        this.skillTags = new SkillTags(skillNames);
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AtsEvent read(byte[] body, Map<String, String> headers) {
        Payload.Section root = Payload.parse(json, body);
        String action = root.requiredString("action");
        Payload.Section payload = root.object("payload");
        root.throwIfInvalid();
        String headerId = Payload.header(headers, EVENT_ID_HEADER);
        String eventId = headerId != null ? headerId : ContentIds.of(NAME + "-" + action, body);

        if (action.equals("delete_candidate") || action.equals("merge_candidate")) {
            String personId = root.requiredObject("payload").requiredObject("person").id("id", true);
            root.throwIfInvalid();
            return new CandidateErasure(NAME, personId, eventId);
        }
        Payload.Section application = payload.object("application");
        if (APPLICATION_ACTIONS.contains(action)) {
            payload.requiredObject("application").requiredObject("candidate");
            root.throwIfInvalid();
        }
        if (!application.object("candidate").isPresent()) {
            root.throwIfInvalid();
            return new NotACandidateEvent(NAME, action, eventId);
        }
        CandidateSubmission candidate = candidate(application, eventId);
        root.throwIfInvalid();
        return new CandidateUpsert(candidate);
    }

    private CandidateSubmission candidate(Payload.Section application, String eventId) {
        Payload.Section candidate = application.object("candidate");
        String externalId = candidate.id("id", true);
        String occurredAt = VendorDates.instant(application, "last_activity_at");
        String title = candidate.string("title");

        List<Work> work = new ArrayList<>();
        for (Payload.Section employment : candidate.objects("employments")) {
            work.add(new Work(employment.string("company_name"), employment.string("title"),
                    VendorDates.date(employment, "start_date"), VendorDates.date(employment, "end_date"), null, null));
        }
        String company = candidate.string("company");
        if (work.isEmpty() && (company != null || title != null)) {
            work.add(new Work(company, title, null, null, null, null));
        }
        List<EducationEntry> education = new ArrayList<>();
        for (Payload.Section school : candidate.objects("educations")) {
            education.add(new EducationEntry(school.string("school_name"), school.string("discipline"),
                    school.string("degree"), VendorDates.date(school, "end_date")));
        }
        List<String> labels = new ArrayList<>(candidate.strings("tags"));
        String workplace = null;
        for (Map.Entry<String, Payload.Section> field : candidate.object("custom_fields").members()) {
            JsonNode value = field.getValue().raw("value");
            if (WORK_REMOTELY.equals(field.getKey()) && value.isBoolean()) {
                workplace = value.booleanValue() ? "REMOTE" : null;
                continue;
            }
            labels.addAll(texts(value));
        }
        List<SkillEntry> skills = skillTags.skills(labels);

        return new CandidateSubmission(NAME, externalId, eventId, occurredAt,
                new Basics(fullName(candidate.string("first_name"), candidate.string("last_name")), title, null),
                work, skills, education, workplace == null ? null : new Preferences(List.of(), workplace), null, null);
    }

    /** A custom field's value when it is text or a list of options; other shapes (numbers, money, users) are no skill. */
    private static List<String> texts(JsonNode value) {
        List<String> texts = new ArrayList<>();
        if (value.isString()) {
            texts.add(value.stringValue());
        } else if (value.isArray()) {
            for (JsonNode option : value) {
                if (option.isString()) {
                    texts.add(option.stringValue());
                }
            }
        }
        return texts;
    }

    private static String fullName(String first, String last) {
        String name = ((first == null ? "" : first.trim()) + " " + (last == null ? "" : last.trim())).trim();
        return name.isEmpty() ? null : name;
    }
}
