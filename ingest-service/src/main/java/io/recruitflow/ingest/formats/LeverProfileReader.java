package io.recruitflow.ingest.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.recruitflow.contracts.candidate.CandidateSubmission;
import io.recruitflow.contracts.candidate.CandidateSubmission.Basics;
import io.recruitflow.contracts.candidate.CandidateSubmission.EducationEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.Work;
import io.recruitflow.contracts.skills.SkillNames;
import tools.jackson.databind.JsonNode;

/**
 * A Lever profile from what Lever's REST API answers for {@code /opportunities/<id>} and
 * {@code /opportunities/<id>/resumes}; the HTTP side is the {@code lever} package's.
 *
 * <p><b>Mapping.</b> From the opportunity ({@code {"data": {...}}}): {@code name} ->
 * {@code basics.name}, {@code headline} -> {@code basics.label}, {@code tags} that the shared skill
 * vocabulary knows -> {@code skills} ({@link SkillTags}). From the parsed resumes
 * ({@code data[].parsedData}): {@code positions[]} ({@code org, title, summary, start, end} with
 * {@code {year, month}}) -> {@code work[]}, {@code schools[]} ({@code org, field, degree, end}) ->
 * {@code education[]}. Not mapped: {@code emails, phones, location, links, urls} (contact data),
 * {@code applications, sources, origin, owner, followers, stage, archived} (they describe the
 * pipeline, not the candidate), and resume files (never downloaded).
 */
public final class LeverProfileReader {

    private static final Pattern LEVER_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final SkillTags skillTags = new SkillTags(SkillNames.standard());

    /** Whether {@code id} is a plain Lever id, safe to put in a URL path; anything else is never sent. */
    public static boolean isLeverId(String id) {
        return id != null && LEVER_ID.matcher(id).matches();
    }

    /**
     * @param opportunity the opportunity's answer
     * @param resumes     asks for its resumes' answer (empty if Lever has none), once the opportunity
     *                    is known to carry data
     * @throws ProfileFetchFailedException when the opportunity carries no data object
     */
    public CandidateSubmission read(JsonNode opportunity, Supplier<Optional<JsonNode>> resumes) {
        JsonNode data = opportunity.path("data");
        if (!data.isObject()) {
            throw new ProfileFetchFailedException("Lever answered an opportunity without a data object");
        }
        List<Work> work = new ArrayList<>();
        List<EducationEntry> education = new ArrayList<>();
        resumes.get().ifPresent(answer -> {
            for (JsonNode resume : answer.path("data")) {
                JsonNode parsed = resume.path("parsedData");
                for (JsonNode position : parsed.path("positions")) {
                    work.add(new Work(text(position, "org"), text(position, "title"), yearMonth(position.path("start")),
                            yearMonth(position.path("end")), text(position, "summary"), null));
                }
                for (JsonNode school : parsed.path("schools")) {
                    education.add(new EducationEntry(text(school, "org"), text(school, "field"), text(school, "degree"),
                            yearMonth(school.path("end"))));
                }
            }
        });
        List<String> tags = new ArrayList<>();
        for (JsonNode tag : data.path("tags")) {
            if (tag.isString()) {
                tags.add(tag.stringValue());
            }
        }
        return new CandidateSubmission(null, null, null, null,
                new Basics(text(data, "name"), text(data, "headline"), null),
                work, skillTags.skills(tags), education, null, null, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() && !value.stringValue().isBlank() ? value.stringValue() : null;
    }

    /** Lever's parsed-resume dates: {@code {"year": 2019, "month": 3}}, month optional. */
    private static String yearMonth(JsonNode date) {
        JsonNode year = date.path("year");
        if (!year.isIntegralNumber() || year.asInt() < 1000 || year.asInt() > 9999) {
            return null;
        }
        JsonNode month = date.path("month");
        return month.isIntegralNumber() && month.asInt() >= 1 && month.asInt() <= 12
                ? "%04d-%02d".formatted(year.asInt(), month.asInt())
                : String.valueOf(year.asInt());
    }
}
