package io.recruitflow.ingest.formats;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.recruitflow.contracts.candidate.CandidateSubmission.Basics;
import io.recruitflow.contracts.candidate.CandidateSubmission.EducationEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.Work;
import io.recruitflow.contracts.candidate.CandidateSubmission;
import io.recruitflow.contracts.skills.SkillNames;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Fetches a Lever profile over Lever's REST API ({@code <baseUrl>/opportunities/<id>} and
 * {@code <baseUrl>/opportunities/<id>/resumes}, e.g. base {@code https://api.lever.co/v1}), with an
 * API key (HTTP Basic, the key as user name, as Lever documents) or an OAuth bearer token.
 *
 * <p><b>Mapping.</b> From the opportunity ({@code {"data": {...}}}): {@code name} ->
 * {@code basics.name}, {@code headline} -> {@code basics.label}, {@code tags} that the shared skill
 * vocabulary knows -> {@code skills} ({@link SkillTags}). From the parsed resumes
 * ({@code data[].parsedData}): {@code positions[]} ({@code org, title, summary, start, end} with
 * {@code {year, month}}) -> {@code work[]}, {@code schools[]} ({@code org, field, degree, end}) ->
 * {@code education[]}. Not mapped: {@code emails, phones, location, links, urls} (contact data),
 * {@code applications, sources, origin, owner, followers, stage, archived} (they describe the
 * pipeline, not the candidate), and resume files (never downloaded).
 *
 * <p><b>Answers.</b> {@code 200}: the profile. {@code 404} for the opportunity, or an id that is not
 * a plain Lever id (it goes into the URL path, so it is never sent): empty. A timeout, a connection
 * failure, any other status (5xx, 429, rejected credentials) or an unreadable body:
 * {@link ProfileFetchFailedException}, which names the status but never the body.
 */
public final class HttpLeverProfiles implements LeverProfiles {

    private static final Pattern LEVER_ID = Pattern.compile("[A-Za-z0-9_-]{1,128}");

    private final HttpClient http;
    private final URI baseUrl;
    private final String authorization;
    private final Duration timeout;
    private final JsonMapper json;
    private final SkillTags skillTags;

    private HttpLeverProfiles(URI baseUrl, String authorization, Duration timeout, JsonMapper json) {
        String base = baseUrl.toString();
        this.baseUrl = URI.create(base.endsWith("/") ? base : base + "/");
        this.authorization = authorization;
        this.timeout = Objects.requireNonNull(timeout, "timeout");
        this.json = json;
        this.skillTags = new SkillTags(SkillNames.standard());
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER).build();
    }

    /** Lever API key auth: HTTP Basic with the key as user name and an empty password. */
    public static HttpLeverProfiles withApiKey(URI baseUrl, String apiKey, Duration timeout, JsonMapper json) {
        String credentials = Base64.getEncoder().encodeToString((apiKey + ":").getBytes(StandardCharsets.UTF_8));
        return new HttpLeverProfiles(baseUrl, "Basic " + credentials, timeout, json);
    }

    /** OAuth access token auth. */
    public static HttpLeverProfiles withBearerToken(URI baseUrl, String token, Duration timeout, JsonMapper json) {
        return new HttpLeverProfiles(baseUrl, "Bearer " + token, timeout, json);
    }

    @Override
    public Optional<CandidateSubmission> fetch(String opportunityOrCandidateId) {
        if (opportunityOrCandidateId == null || !LEVER_ID.matcher(opportunityOrCandidateId).matches()) {
            return Optional.empty();
        }
        String opportunityPath = "opportunities/" + opportunityOrCandidateId;
        Optional<JsonNode> opportunity = get(opportunityPath);
        if (opportunity.isEmpty()) {
            return Optional.empty();
        }
        JsonNode data = opportunity.get().path("data");
        if (!data.isObject()) {
            throw new ProfileFetchFailedException("Lever answered an opportunity without a data object");
        }
        List<Work> work = new ArrayList<>();
        List<EducationEntry> education = new ArrayList<>();
        get(opportunityPath + "/resumes").ifPresent(resumes -> {
            for (JsonNode resume : resumes.path("data")) {
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
        return Optional.of(new CandidateSubmission(null, null, null, null,
                new Basics(text(data, "name"), text(data, "headline"), null),
                work, skillTags.skills(tags), education, null, null, null));
    }

    /** The parsed JSON body of a {@code 200}, empty for a {@code 404}. */
    private Optional<JsonNode> get(String path) {
        HttpRequest request = HttpRequest.newBuilder(baseUrl.resolve(path))
                .timeout(timeout)
                .header("Authorization", authorization)
                .header("Accept", "application/json")
                .GET()
                .build();
        HttpResponse<byte[]> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (HttpTimeoutException e) {
            throw new ProfileFetchFailedException("Lever did not answer within " + timeout, e);
        } catch (IOException e) {
            throw new ProfileFetchFailedException("Lever could not be reached: " + e.getClass().getSimpleName(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ProfileFetchFailedException("Interrupted while asking Lever", e);
        }
        if (response.statusCode() == 404) {
            return Optional.empty();
        }
        if (response.statusCode() != 200) {
            throw new ProfileFetchFailedException("Lever answered HTTP " + response.statusCode());
        }
        try {
            return Optional.of(json.readTree(response.body()));
        } catch (JacksonException e) {
            throw new ProfileFetchFailedException("Lever answered HTTP 200 with a body that is not JSON");
        }
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
