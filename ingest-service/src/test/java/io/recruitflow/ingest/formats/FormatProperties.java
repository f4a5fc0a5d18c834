package io.recruitflow.ingest.formats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.avro.AvroSingleObjectSerializer;
import io.recruitflow.contracts.candidate.CandidateIntake;
import io.recruitflow.contracts.candidate.CandidateSubmission.Basics;
import io.recruitflow.contracts.candidate.CandidateSubmission.SkillEntry;
import io.recruitflow.contracts.candidate.CandidateSubmission.Work;
import io.recruitflow.contracts.candidate.CandidateSubmission;
import io.recruitflow.contracts.candidate.InvalidCandidateException;
import io.recruitflow.contracts.testing.JsonMutations;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.statistics.Statistics;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever a webhook or the candidates endpoint receives, a vendor adapter reads it into an
 * {@link AtsEvent} or refuses it with an {@link InvalidCandidateException} (a 400 naming fields,
 * never quoting input); Lever may also fail with a retryable {@link ProfileFetchFailedException}
 * when its profile hook does. Any other exception would be a 5xx. Every upsert then either passes
 * the intake into a publishable profile (Avro round trip, no contact details) or is refused cleanly.
 */
class FormatProperties {

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final List<String> VENDORS = List.of("canonical", "jsonresume", "greenhouse", "lever", "workable");
    static final Map<String, List<String>> FIXTURES = Map.of(
            "canonical", List.of("candidate"),
            "jsonresume", List.of("resume"),
            "greenhouse", List.of("new_candidate_application", "delete_candidate", "offer_created", "ping"),
            "lever", List.of("candidate_stage_change", "application_created", "candidate_deleted", "interview_created",
                    "opportunity", "resumes"),
            "workable", List.of("candidate_created", "employee_created"));

    /** Injected values that must never be echoed in a refusal. */
    static final List<String> INJECTED = List.of(JsonMutations.CANARY, JsonMutations.CANARY_EMAIL,
            JsonMutations.CANARY_PHONE, FormatFixtures.CANARY_EMAIL, FormatFixtures.CANARY_PHONE);
    /** Contact details that must never be published: the fixtures' and the mutations'. */
    static final List<String> CONTACTS = concat(FormatFixtures.CONTACT_CANARIES, JsonMutations.CONTACT_CANARIES);

    /** What the Lever profile hook does for a try. */
    enum Lever { FOUND, UNKNOWN, FAILS }

    /** A valid profile as the Lever hook returns it, with contact details in its free text. */
    static final CandidateSubmission LEVER_PROFILE = new CandidateSubmission(null, null, null, null,
            new Basics("Grace Canaryfield", "Backend Developer",
                    "Mail " + FormatFixtures.CANARY_EMAIL + " or call " + FormatFixtures.CANARY_PHONE + "."),
            List.of(new Work("Contoso Shop", "Backend Developer", "2019-04", null,
                    "Built REST APIs in Node.js; reach me at " + FormatFixtures.CANARY_EMAIL, List.of("SQL"))),
            List.of(new SkillEntry("Node.js", null, List.of())), List.of(), null, null,
            "Grace Canaryfield\n" + FormatFixtures.CANARY_EMAIL + " | " + FormatFixtures.CANARY_PHONE + "\nBackend developer");

    private final Map<Lever, CandidateFormats> formats = Map.of(
            Lever.FOUND, CandidateFormats.standard(JSON, id -> Optional.of(LEVER_PROFILE)),
            Lever.UNKNOWN, CandidateFormats.standard(JSON, id -> Optional.empty()),
            Lever.FAILS, CandidateFormats.standard(JSON, id -> {
                throw new ProfileFetchFailedException("lever answered 503");
            }));
    private final CandidateIntake intake = CandidateIntake.standard(JsonMapper.builder().build(), FormatFixtures.CLOCK);

    @Property(tries = 500)
    void arbitraryBytesAreReadOrRefused(@ForAll("vendors") String vendor, @ForAll @Size(max = 400) byte[] body,
            @ForAll("headers") Map<String, String> headers, @ForAll Lever lever) {
        readOrRefuse(vendor, lever, body, headers);
    }

    @Property(tries = 500)
    void arbitraryTextIsReadOrRefused(@ForAll("vendors") String vendor, @ForAll("jsonishText") String body,
            @ForAll("headers") Map<String, String> headers, @ForAll Lever lever) {
        readOrRefuse(vendor, lever, body.getBytes(StandardCharsets.UTF_8), headers);
    }

    @Property(tries = 500)
    void mutatedCanonicalIsReadOrRefused(@ForAll("mutatedCanonical") byte[] body,
            @ForAll("headers") Map<String, String> headers) {
        readOrRefuse("canonical", Lever.FOUND, body, headers);
    }

    @Property(tries = 500)
    void mutatedJsonResumeIsReadOrRefused(@ForAll("mutatedJsonResume") byte[] body,
            @ForAll("headers") Map<String, String> headers) {
        readOrRefuse("jsonresume", Lever.FOUND, body, headers);
    }

    @Property(tries = 500)
    void mutatedGreenhouseIsReadOrRefused(@ForAll("mutatedGreenhouse") byte[] body,
            @ForAll("headers") Map<String, String> headers) {
        readOrRefuse("greenhouse", Lever.FOUND, body, headers);
    }

    @Property(tries = 500)
    void mutatedLeverIsReadOrRefused(@ForAll("mutatedLever") byte[] body, @ForAll("headers") Map<String, String> headers,
            @ForAll("leverHooks") Lever lever) {
        readOrRefuse("lever", lever, body, headers);
    }

    @Property(tries = 500)
    void mutatedWorkableIsReadOrRefused(@ForAll("mutatedWorkable") byte[] body,
            @ForAll("headers") Map<String, String> headers) {
        readOrRefuse("workable", Lever.FOUND, body, headers);
    }

    /** Reads {@code body} with the vendor's format and checks the outcome; any unexpected exception fails the property. */
    void readOrRefuse(String vendor, Lever lever, byte[] body, Map<String, String> headers) {
        CandidateFormat format = formats.get(lever).forSource(vendor).orElseThrow();
        AtsEvent event;
        try {
            event = format.read(body, headers);
        } catch (InvalidCandidateException e) {
            assertCleanRefusal(e);
            Statistics.label("outcome").collect(vendor, "refused");
            return;
        } catch (ProfileFetchFailedException e) {
            assertThat(vendor).isEqualTo("lever");
            assertThat(lever).isEqualTo(Lever.FAILS);
            Statistics.label("outcome").collect(vendor, "fetch failed");
            return;
        }
        assertThat(event).isNotNull();
        if (event instanceof CandidateUpsert upsert) {
            assertThat(upsert.candidate()).isNotNull();
            Statistics.label("outcome").collect(vendor, accept(upsert.candidate()) ? "published" : "upsert refused");
        } else if (event instanceof CandidateErasure erasure) {
            assertThat(erasure.source()).isNotBlank();
            assertThat(erasure.externalId()).isNotBlank();
            Statistics.label("outcome").collect(vendor, "erasure");
        } else {
            assertThat(event).isInstanceOf(NotACandidateEvent.class);
            Statistics.label("outcome").collect(vendor, "not a candidate event");
        }
    }

    /** The intake's verdict on an adapter's submission: true when published, false when refused cleanly. */
    boolean accept(CandidateSubmission submission) {
        CandidateProfile profile;
        try {
            profile = intake.accept(submission);
        } catch (InvalidCandidateException e) {
            assertCleanRefusal(e);
            return false;
        }
        assertPublishable(profile);
        return true;
    }

    static void assertCleanRefusal(InvalidCandidateException e) {
        assertThat(e.violations()).isNotEmpty().allSatisfy(violation -> {
            assertThat(violation.field()).isNotBlank();
            assertThat(violation.message()).isNotBlank();
            for (String canary : INJECTED) {
                assertThat(violation.field()).doesNotContain(canary);
                assertThat(violation.message()).doesNotContain(canary);
            }
        });
        for (String canary : INJECTED) {
            assertThat(String.valueOf(e.getMessage())).doesNotContain(canary);
        }
    }

    static void assertPublishable(CandidateProfile profile) {
        byte[] published = new AvroSingleObjectSerializer<CandidateProfile>().serialize("t", profile);
        assertThat(new AvroSingleObjectDeserializer<>(CandidateProfile.class).deserialize("t", published))
                .isEqualTo(profile);
        // Identifiers are opaque and published as sent (see CandidateIntakeProperties); everything else is checked.
        String everything = CandidateProfile.newBuilder(profile).setCandidateKey("-").setExternalId("-")
                .setEventId("-").build().toString();
        for (String canary : CONTACTS) {
            assertThat(everything).doesNotContain(canary);
        }
    }

    @Provide
    Arbitrary<String> vendors() {
        return Arbitraries.of(VENDORS);
    }

    /** Identifier headers as a caller sends them: valid, blank, absurd, a canary, or missing. */
    @Provide
    Arbitrary<Map<String, String>> headers() {
        Arbitrary<String> sources = Arbitraries.oneOf(Arbitraries.of("inhouse", " talent-db ", "hr_system"),
                Arbitraries.of("", "   ", "Bad Source!", "x".repeat(40), JsonMutations.CANARY, JsonMutations.CANARY_EMAIL,
                        "in\u0000house", ":", "\u00a0"));
        Arbitrary<String> ids = Arbitraries.oneOf(Arbitraries.of("hr-0042", " 42 ", "a:b"),
                Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(40),
                Arbitraries.of("", "  ", JsonMutations.CANARY, JsonMutations.CANARY_EMAIL, JsonMutations.CANARY_PHONE,
                        "x".repeat(5_000), "id\u0000", "\u2003", "\ud83d"));
        return Combinators.combine(sources.injectNull(0.2), ids.injectNull(0.2), ids.injectNull(0.5), ids.injectNull(0.7))
                .as((source, id, eventId, greenhouseEventId) -> {
                    Map<String, String> headers = new HashMap<>();
                    putIfPresent(headers, JsonResumeFormat.SOURCE_HEADER, source);
                    putIfPresent(headers, JsonResumeFormat.ID_HEADER, id);
                    putIfPresent(headers, JsonResumeFormat.EVENT_ID_HEADER, eventId);
                    putIfPresent(headers, GreenhouseFormat.EVENT_ID_HEADER, greenhouseEventId);
                    return headers;
                });
    }

    @Provide
    Arbitrary<String> jsonishText() {
        Arbitrary<String> tokens = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "null", "1e9", "-", "\\u0000", " ",
                "\"action\"", "\"payload\"", "\"application\"", "\"candidate\"", "\"person\"", "\"id\"", "\"event\"",
                "\"data\"", "\"triggeredAt\"", "\"opportunityId\"", "\"event_type\"", "\"candidate_created\"",
                "\"new_candidate_application\"", "\"delete_candidate\"", "\"candidateStageChange\"",
                "\"candidateDeleted\"", "\"basics\"", "\"work\"", "\"skills\"", "\"source\"", "\"externalId\"",
                "\"name\"", "\"" + JsonMutations.CANARY + "\"", "1795855920000", "true");
        return Arbitraries.oneOf(Arbitraries.strings(), tokens.list().ofMaxSize(40).map(list -> String.join("", list)));
    }

    @Provide
    Arbitrary<byte[]> mutatedCanonical() {
        return mutated("canonical");
    }

    @Provide
    Arbitrary<byte[]> mutatedJsonResume() {
        return mutated("jsonresume");
    }

    @Provide
    Arbitrary<byte[]> mutatedGreenhouse() {
        return mutated("greenhouse");
    }

    @Provide
    Arbitrary<byte[]> mutatedLever() {
        return mutated("lever");
    }

    @Provide
    Arbitrary<byte[]> mutatedWorkable() {
        return mutated("workable");
    }

    /**
     * The vendor's fixtures, plus each fixture re-labelled with every event name the adapter tells
     * apart, so that a payload of one shape also meets the code path of another event.
     */
    static Arbitrary<byte[]> mutated(String vendor) {
        List<JsonNode> seeds = new ArrayList<>();
        for (String name : FIXTURES.get(vendor)) {
            JsonNode fixture = JsonMutations.read(FormatFixtures.fixture(vendor, name));
            seeds.add(fixture);
            for (String event : EVENTS.getOrDefault(vendor, List.of())) {
                JsonNode relabelled = fixture.deepCopy();
                if (relabelled instanceof ObjectNode object && object.has(EVENT_FIELD.get(vendor))) {
                    object.put(EVENT_FIELD.get(vendor), event);
                    seeds.add(relabelled);
                }
            }
        }
        return JsonMutations.of(Arbitraries.of(seeds));
    }

    static final Map<String, String> EVENT_FIELD = Map.of("greenhouse", "action", "lever", "event",
            "workable", "event_type");
    static final Map<String, List<String>> EVENTS = Map.of(
            "greenhouse", concat(List.copyOf(GreenhouseFormat.APPLICATION_ACTIONS),
                    List.of("delete_candidate", "merge_candidate", "delete_application", "ping", "offer_created")),
            "lever", concat(List.copyOf(LeverFormat.PROFILE_EVENTS), List.of(LeverFormat.DELETED, "interviewCreated")),
            "workable", concat(List.copyOf(WorkableFormat.CANDIDATE_EVENTS), List.of("employee_created")));

    /** Lever's profile hook mostly answers, so that fetched profiles reach the intake often. */
    @Provide
    Arbitrary<Lever> leverHooks() {
        return Arbitraries.frequency(Tuple.of(3, Lever.FOUND), Tuple.of(1, Lever.UNKNOWN), Tuple.of(1, Lever.FAILS));
    }

    private static void putIfPresent(Map<String, String> headers, String name, String value) {
        if (value != null) {
            headers.put(name, value);
        }
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }
}
