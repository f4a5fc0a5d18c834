package io.recruitflow.ingest.formats;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.recruitflow.contracts.candidate.CandidateSubmission;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lever webhooks, which are thin: {@code {"triggeredAt", "event", "signature", "token", "data"}}
 * where {@code data} holds ids only ({@code opportunityId}, {@code candidateId}, {@code contactId},
 * stage ids). The profile itself comes from a {@link LeverProfiles} hook (in production
 * {@code lever.LeverApiProfiles}).
 *
 * <p><b>Events.</b> {@code applicationCreated}, {@code candidateStageChange},
 * {@code candidateHired} and {@code candidateArchiveChange} fetch the profile and are a
 * {@link CandidateUpsert}; a profile Lever does not know is invalid input naming
 * {@code data.opportunityId}, a failed fetch is a {@link ProfileFetchFailedException} (retryable).
 * {@code candidateDeleted} is a {@link CandidateErasure} without fetching anything. Interview and
 * contact events, and any other event, are a {@link NotACandidateEvent}.
 *
 * <p><b>Identifiers.</b> source {@code lever}; externalId {@code data.opportunityId}, or the
 * legacy {@code data.candidateId} (Lever gives both the same value); eventId
 * {@code <event>:<externalId>:<triggeredAt>}, stable across Lever's retries of one event (Lever sends
 * no delivery id); occurredAt {@code triggeredAt}. The {@code signature} and {@code token} are for the
 * caller's signature check and are not read here.
 */
public final class LeverFormat implements CandidateFormat {

    public static final String NAME = "lever";
    static final Set<String> PROFILE_EVENTS = Set.of("applicationCreated", "candidateStageChange",
            "candidateHired", "candidateArchiveChange");
    static final String DELETED = "candidateDeleted";

    private final JsonMapper json;
    private final LeverProfiles profiles;

    public LeverFormat(JsonMapper json, LeverProfiles profiles) {
        this.json = json;
        this.profiles = profiles;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public AtsEvent read(byte[] body, Map<String, String> headers) {
        Payload.Section root = Payload.parse(json, body);
        String event = root.requiredString("event");
        Long triggeredAt = root.integer("triggeredAt");
        if (triggeredAt == null && !root.has("triggeredAt")) {
            root.fail("triggeredAt", "is required");
        }
        Payload.Section data = root.requiredObject("data");
        root.throwIfInvalid();
        boolean aboutCandidate = PROFILE_EVENTS.contains(event) || DELETED.equals(event);
        String id = data.id("opportunityId", false);
        if (id == null) {
            id = data.id("candidateId", false);
        }
        if (id == null && aboutCandidate) {
            data.fail("opportunityId", "is required");
        }
        root.throwIfInvalid();
        String eventId = event + ":" + (id != null ? id : "-") + ":" + triggeredAt;

        if (DELETED.equals(event)) {
            return new CandidateErasure(NAME, id, eventId);
        }
        if (!PROFILE_EVENTS.contains(event)) {
            return new NotACandidateEvent(NAME, event, eventId);
        }
        Optional<CandidateSubmission> profile = profiles.fetch(id);
        if (profile.isEmpty()) {
            throw Payload.invalid(data.path("opportunityId"), "names no opportunity that Lever knows");
        }
        CandidateSubmission fetched = profile.get();
        return new CandidateUpsert(new CandidateSubmission(NAME, id, eventId,
                Instant.ofEpochMilli(triggeredAt).toString(), fetched.basics(), fetched.work(), fetched.skills(),
                fetched.education(), fetched.preferences(), fetched.yearsOfExperience(), fetched.resumeText()));
    }
}
