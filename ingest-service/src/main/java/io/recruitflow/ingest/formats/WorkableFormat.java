package io.recruitflow.ingest.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.recruitflow.contracts.candidate.CandidateSubmission.Basics;
import io.recruitflow.contracts.candidate.CandidateSubmission.EducationEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.SkillEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.Work;
import io.recruitflow.contracts.candidate.CandidateSubmission;
import io.recruitflow.contracts.skills.SkillNames;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Workable webhook subscriptions: {@code {"event_type", "fired_at", "id", "resource_type", "data"}}
 * where {@code data} is the full candidate object (as the candidate-details endpoint returns it).
 *
 * <p><b>Events.</b> {@code candidate_created} and {@code candidate_moved} are a
 * {@link CandidateUpsert}; every other event type (employee and time-off events) is a
 * {@link NotACandidateEvent}. Workable has no candidate-deleted webhook.
 *
 * <p><b>Identifiers.</b> source {@code workable}; externalId {@code data.id}; eventId the
 * top-level {@code id} of the delivery, else {@code workable-<event_type>-<hash of the body>}
 * (see {@link ContentIds}); occurredAt {@code fired_at}.
 *
 * <p><b>Mapping.</b> {@code name} (or {@code firstname + lastname}) -> {@code basics.name};
 * {@code headline} -> {@code basics.label}; {@code summary} -> {@code basics.summary};
 * {@code experience_entries[]} ({@code company, title, start_date, end_date, summary}; a
 * {@code current} entry has no end) -> {@code work[]}; {@code education_entries[]}
 * ({@code school, field_of_study, degree, end_date}) -> {@code education[]}; {@code skills[]}
 * (objects with {@code name}, or plain strings) -> {@code skills[]}; {@code tags} that the shared
 * skill vocabulary knows also become skills ({@link SkillTags}); {@code cover_letter}, the only free
 * text body a Workable candidate carries, -> {@code resumeText} (contact details in it are scrubbed by
 * the normaliser).
 *
 * <p><b>Dropped.</b> {@code email, phone, address, image_url, social_profiles, profile_url,
 * outbound_mailbox, answers}, and {@code resume_url}, which is never fetched.
 */
public final class WorkableFormat implements CandidateFormat {

    public static final String NAME = "workable";
    static final Set<String> CANDIDATE_EVENTS = Set.of("candidate_created", "candidate_moved");

    private final JsonMapper json;
    private final SkillTags skillTags;

    public WorkableFormat(JsonMapper json, SkillNames skillNames) {
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
        String eventType = root.requiredString("event_type");
        String deliveryId = root.id("id", false);
        root.throwIfInvalid();
        String eventId = deliveryId != null ? deliveryId : ContentIds.of(NAME + "-" + eventType, body);
        if (!CANDIDATE_EVENTS.contains(eventType)) {
            return new NotACandidateEvent(NAME, eventType, eventId);
        }
        String occurredAt = VendorDates.instant(root, "fired_at");
        Payload.Section data = root.requiredObject("data");
        String externalId = data.id("id", true);

        List<Work> work = new ArrayList<>();
        for (Payload.Section entry : data.objects("experience_entries")) {
            String end = VendorDates.date(entry, "end_date");
            boolean current = Boolean.TRUE.equals(entry.bool("current"));
            work.add(new Work(entry.string("company"), entry.string("title"), VendorDates.date(entry, "start_date"),
                    current ? null : end, entry.string("summary"), null));
        }
        List<EducationEntry> education = new ArrayList<>();
        for (Payload.Section entry : data.objects("education_entries")) {
            education.add(new EducationEntry(entry.string("school"), entry.string("field_of_study"),
                    entry.string("degree"), VendorDates.date(entry, "end_date")));
        }
        List<SkillEntry> skills = new ArrayList<>();
        JsonNode skillNodes = data.array("skills");
        for (int i = 0; i < skillNodes.size(); i++) {
            JsonNode skill = skillNodes.get(i);
            String name = skill.isString() ? skill.stringValue()
                    : skill.isObject() && skill.path("name").isString() ? skill.path("name").stringValue() : null;
            if (name == null || name.isBlank()) {
                data.fail("skills[" + i + "]", "must be a skill name or an object with a name");
            } else {
                skills.add(new SkillEntry(name, null, List.of()));
            }
        }
        skills.addAll(skillTags.skills(data.strings("tags")));
        String name = data.string("name");
        if (name == null || name.isBlank()) {
            name = String.join(" ", nonBlank(data.string("firstname")), nonBlank(data.string("lastname"))).trim();
        }
        Basics basics = new Basics(name.isEmpty() ? null : name, data.string("headline"), data.string("summary"));
        String coverLetter = data.string("cover_letter");
        root.throwIfInvalid();

        return new CandidateUpsert(new CandidateSubmission(NAME, externalId, eventId, occurredAt,
                basics, work, skills, education, null, null, coverLetter));
    }

    private static String nonBlank(String text) {
        return text == null ? "" : text.trim();
    }
}
