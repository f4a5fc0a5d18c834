package io.recruitflow.ingest.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.recruitflow.contracts.candidate.CandidateSubmission.Basics;
import io.recruitflow.contracts.candidate.CandidateSubmission;
import org.junit.jupiter.api.Test;

import static io.recruitflow.ingest.formats.FormatFixtures.JSON;
import static io.recruitflow.ingest.formats.FormatFixtures.edited;
import static io.recruitflow.ingest.formats.FormatFixtures.fields;
import static io.recruitflow.ingest.formats.FormatFixtures.fixture;
import static io.recruitflow.ingest.formats.FormatFixtures.upsert;
import static io.recruitflow.ingest.formats.FormatFixtures.violations;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The webhook side of Lever, with an in-memory profile hook; the HTTP hook is tested in {@link LeverApiProfilesTest}. */
class LeverFormatTest {

    private static final String OPPORTUNITY = "250d8f03-738a-4bba-a671-8a3d73477145";
    private static final CandidateSubmission PROFILE = new CandidateSubmission(null, null, null, null,
            new Basics("Grace Canaryfield", "Backend Developer", null), List.of(), List.of(), List.of(), null, null, null);

    private final List<String> fetched = new ArrayList<>();
    private final LeverFormat format = new LeverFormat(JSON, id -> {
        fetched.add(id);
        return id.equals(OPPORTUNITY) ? Optional.of(PROFILE) : Optional.empty();
    });

    @Test
    void aStageChangeFetchesTheOpportunityAndCarriesTheWebhooksIdentifiers() {
        CandidateSubmission candidate = upsert(format.read(fixture("lever", "candidate_stage_change"), Map.of()));

        assertThat(fetched).containsExactly(OPPORTUNITY);
        assertThat(candidate.source()).isEqualTo("lever");
        assertThat(candidate.externalId()).isEqualTo(OPPORTUNITY);
        assertThat(candidate.eventId()).isEqualTo("candidateStageChange:" + OPPORTUNITY + ":1795855920000");
        assertThat(candidate.occurredAt()).isEqualTo("2026-11-28T08:52:00Z");
        assertThat(candidate.basics()).isEqualTo(PROFILE.basics());
    }

    @Test
    void applicationCreatedIsAnUpsertToo() {
        assertThat(upsert(format.read(fixture("lever", "application_created"), Map.of())).eventId())
                .startsWith("applicationCreated:");
    }

    @Test
    void candidateDeletedErasesWithoutFetching() {
        AtsEvent event = format.read(fixture("lever", "candidate_deleted"), Map.of());

        assertThat(event).isEqualTo(new CandidateErasure("lever", OPPORTUNITY, "candidateDeleted:" + OPPORTUNITY + ":1795859520000"));
        assertThat(fetched).isEmpty();
    }

    @Test
    void interviewEventsAreNotACandidateEventAndFetchNothing() {
        assertThat(format.read(fixture("lever", "interview_created"), Map.of()))
                .isInstanceOfSatisfying(NotACandidateEvent.class, e -> assertThat(e.eventType()).isEqualTo("interviewCreated"));
        assertThat(fetched).isEmpty();
    }

    @Test
    void anOpportunityLeverDoesNotKnowIsInvalidInputNamingTheOpportunityId() {
        byte[] body = edited("lever", "candidate_stage_change", "/data", d -> {
            d.put("opportunityId", "0000dead-beef-4000-8000-000000000000");
            d.put("candidateId", "0000dead-beef-4000-8000-000000000000");
        });

        assertThat(violations(() -> format.read(body, Map.of()))).singleElement()
                .satisfies(v -> assertThat(v.field()).isEqualTo("data.opportunityId"));
    }

    @Test
    void aFailedFetchIsPassedOnAsRetryable() {
        LeverFormat unreachable = new LeverFormat(JSON, id -> {
            throw new ProfileFetchFailedException("Lever answered HTTP 503");
        });

        assertThatThrownBy(() -> unreachable.read(fixture("lever", "candidate_stage_change"), Map.of()))
                .isInstanceOf(ProfileFetchFailedException.class);
    }

    @Test
    void theLegacyCandidateIdIsUsedWhenThereIsNoOpportunityId() {
        byte[] body = edited("lever", "candidate_stage_change", "/data", d -> d.remove("opportunityId"));

        assertThat(upsert(format.read(body, Map.of())).externalId()).isEqualTo(OPPORTUNITY);
    }

    @Test
    void missingIdsEventOrTriggeredAtAreNamed() {
        byte[] noIds = edited("lever", "candidate_stage_change", "/data", d -> {
            d.remove("opportunityId");
            d.remove("candidateId");
        });
        byte[] noEnvelope = edited("lever", "candidate_stage_change", "", root -> {
            root.remove("event");
            root.put("triggeredAt", "yesterday");
            root.remove("data");
        });

        assertThat(fields(() -> format.read(noIds, Map.of()))).containsExactly("data.opportunityId");
        assertThat(fields(() -> format.read(noEnvelope, Map.of()))).containsExactlyInAnyOrder("event", "triggeredAt", "data");
        assertThat(fetched).isEmpty();
    }
}
