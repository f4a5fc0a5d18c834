package io.recruitflow.contracts.candidate;

import static io.recruitflow.contracts.testing.JsonMutations.CANARY;
import static io.recruitflow.contracts.testing.JsonMutations.CANARY_EMAIL;
import static io.recruitflow.contracts.testing.JsonMutations.CANARY_PHONE;
import static io.recruitflow.contracts.testing.JsonMutations.CONTACT_CANARIES;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.WorkplaceType;
import io.recruitflow.contracts.avro.AvroSingleObjectDeserializer;
import io.recruitflow.contracts.avro.AvroSingleObjectSerializer;
import io.recruitflow.contracts.testing.JsonMutations;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Whatever bytes arrive, the intake either refuses them with an {@link InvalidCandidateException}
 * (a 400 naming fields, never quoting input) or returns a profile that is fit to publish. Any
 * other exception would be a 5xx, or a poison record on the raw topic.
 */
class CandidateIntakeProperties {

    static final Instant NOW = Instant.parse("2026-11-28T12:00:00Z");
    static final JsonMapper JSON = JsonMapper.builder().build();
    static final JsonNodeFactory NODES = JSON.getNodeFactory();

    private final CandidateIntake intake = CandidateIntake.standard(JSON, Clock.fixed(NOW, ZoneOffset.UTC));

    @Property(tries = 1000)
    void arbitraryBytesAreRefusedOrAccepted(@ForAll @Size(max = 400) byte[] body) {
        acceptOrRefuse(intake, body);
    }

    @Property(tries = 1000)
    void arbitraryTextIsRefusedOrAccepted(@ForAll("jsonishText") String body) {
        acceptOrRefuse(intake, body.getBytes(StandardCharsets.UTF_8));
    }

    @Property(tries = 500)
    void validCandidatesArePublishedIntact(@ForAll("validCandidates") JsonNode candidate) {
        CandidateProfile profile = intake.accept(JSON.writeValueAsBytes(candidate));

        assertPublishable(profile);
        assertThat(profile.getSource()).isEqualTo(candidate.get("source").stringValue().trim());
        assertThat(profile.getExternalId()).isEqualTo(candidate.get("externalId").stringValue().trim());
    }

    @Property(tries = 1000)
    void mutatedCandidatesAreRefusedCleanlyOrPublishedIntact(@ForAll("mutatedCandidates") byte[] body) {
        acceptOrRefuse(intake, body);
    }

    /** Either a profile fit to publish or a clean refusal; any other exception fails the property. */
    static CandidateProfile acceptOrRefuse(CandidateIntake intake, byte[] body) {
        try {
            CandidateProfile profile = intake.accept(body);
            assertPublishable(profile);
            return profile;
        } catch (InvalidCandidateException e) {
            assertCleanRefusal(e);
            return null;
        }
    }

    static void assertCleanRefusal(InvalidCandidateException e) {
        assertThat(e.violations()).isNotEmpty().allSatisfy(violation -> {
            assertThat(violation.field()).isNotBlank();
            assertThat(violation.message()).isNotBlank();
        });
        assertThat(e.getMessage()).doesNotContain(CANARY, CANARY_EMAIL, CANARY_PHONE);
    }

    /** What the profiles topic may receive: complete, keyed, Avro round-trippable, no contact details. */
    static void assertPublishable(CandidateProfile profile) {
        assertThat(profile.getCandidateKey()).isEqualTo(profile.getSource() + ":" + profile.getExternalId());
        assertThat(profile.getSource()).matches(CandidateValidator.SOURCE);
        assertThat(profile.getExternalId()).isNotBlank();
        assertThat(profile.getEventId()).isNotBlank();
        assertThat(profile.getOccurredAt()).isNotNull();
        assertThat(profile.getReceivedAt()).isNotNull();
        assertThat(profile.getSkills()).allSatisfy(skill -> {
            assertThat(skill.getName()).isNotBlank();
            assertThat(skill.getKeywords()).doesNotContainNull();
        });
        assertThat(profile.getWork()).allSatisfy(job -> assertThat(job.getHighlights()).doesNotContainNull());
        assertThat(profile.getEducation()).doesNotContainNull();
        assertThat(profile.getPreferences()).isNotNull();
        assertThat(profile.getPreferences().getEngagementTypes()).doesNotContainNull();

        byte[] published = new AvroSingleObjectSerializer<CandidateProfile>().serialize("t", profile);
        assertThat(new AvroSingleObjectDeserializer<>(CandidateProfile.class).deserialize("t", published))
                .isEqualTo(profile);

        // Identifiers are opaque and published as sent (an e-mail as externalId is a contract question, not scrubbed).
        String everything = CandidateProfile.newBuilder(profile).setCandidateKey("-").setExternalId("-").setEventId("-")
                .build().toString();
        for (String canary : CONTACT_CANARIES) {
            assertThat(everything).doesNotContain(canary);
        }
    }

    @Provide
    Arbitrary<String> jsonishText() {
        Arbitrary<String> tokens = Arbitraries.of("{", "}", "[", "]", ",", ":", "\"", "null", "1e9", "-", "\\u0000",
                "\"source\"", "\"externalId\"", "\"work\"", "\"skills\"", "\"name\"", "\"a\"", " ", "\n", "true");
        return Arbitraries.oneOf(Arbitraries.strings(),
                tokens.list().ofMaxSize(40).map(list -> String.join("", list)));
    }

    @Provide
    Arbitrary<byte[]> mutatedCandidates() {
        return JsonMutations.of(Arbitraries.oneOf(
                Arbitraries.just(JsonMutations.read(Fixtures.candidate("engineer"))), validCandidates()));
    }

    @Provide
    Arbitrary<JsonNode> validCandidates() {
        return Combinators.combine(sources(), identifiers(), identifiers(), instants().injectNull(0.3), basics(),
                        works().list().ofMaxSize(5), skills().list().ofMaxSize(8), preferences().injectNull(0.3))
                .as((source, externalId, eventId, occurredAt, basics, work, skills, preferences) -> {
                    ObjectNode candidate = NODES.objectNode();
                    candidate.put("source", source).put("externalId", externalId).put("eventId", eventId);
                    if (occurredAt != null) {
                        candidate.put("occurredAt", occurredAt.toString());
                    }
                    candidate.set("basics", basics);
                    candidate.set("work", NODES.arrayNode().addAll(work));
                    candidate.set("skills", NODES.arrayNode().addAll(skills));
                    candidate.set("preferences", preferences);
                    return (JsonNode) candidate;
                })
                .flatMap(candidate -> Combinators.combine(Arbitraries.doubles().between(0, 70).injectNull(0.5),
                        resumeTexts().injectNull(0.3), education().list().ofMaxSize(3)).as((years, resume, schools) -> {
                            ObjectNode copy = (ObjectNode) candidate.deepCopy();
                            if (years != null) {
                                copy.put("yearsOfExperience", years);
                            }
                            copy.put("resumeText", resume);
                            copy.set("education", NODES.arrayNode().addAll(schools));
                            return copy;
                        }));
    }

    static Arbitrary<String> sources() {
        return Combinators.combine(Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789").ofLength(1),
                Arbitraries.strings().withChars("abcdefghijklmnopqrstuvwxyz0123456789_-").ofMaxLength(31),
                Arbitraries.of("", " ", "\t")).as((first, rest, pad) -> pad + first + rest + pad);
    }

    static Arbitrary<String> identifiers() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(128)
                .filter(id -> id.charAt(0) != ':');
    }

    static Arbitrary<Instant> instants() {
        return Arbitraries.longs().between(Instant.parse("1990-01-01T00:00:00Z").toEpochMilli(), NOW.toEpochMilli())
                .map(Instant::ofEpochMilli);
    }

    static Arbitrary<String> words(int maxWords) {
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(12),
                Arbitraries.of("Backend", "Engineer", "Straße", "Zoë", "日本語", "Node.js", "C++", "  ", "\t"));
        return word.list().ofMinSize(1).ofMaxSize(maxWords).map(list -> String.join(" ", list)).map(text -> text + "x");
    }

    /** Free text that, like real resumes, sometimes carries contact details. */
    static Arbitrary<String> freeText() {
        return Combinators.combine(words(20), Arbitraries.of("", " Mail " + CANARY_EMAIL + ".", " Call " + CANARY_PHONE + "!",
                "\n" + CANARY_EMAIL + " | " + CANARY_PHONE)).as(String::concat);
    }

    static Arbitrary<ObjectNode> basics() {
        return Combinators.combine(words(4), words(6).injectNull(0.3), freeText().injectNull(0.3))
                .as((name, label, summary) -> NODES.objectNode().put("name", name).put("label", label)
                        .put("summary", summary).put("email", CANARY_EMAIL).put("phone", CANARY_PHONE));
    }

    /** {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}. */
    static Arbitrary<String> partialDates() {
        return Combinators.combine(Arbitraries.integers().between(1970, 2030), Arbitraries.integers().between(1, 12),
                Arbitraries.integers().between(1, 28), Arbitraries.integers().between(0, 2))
                .as((year, month, day, precision) -> switch (precision) {
                    case 0 -> "%04d".formatted(year);
                    case 1 -> "%04d-%02d".formatted(year, month);
                    default -> "%04d-%02d-%02d".formatted(year, month, day);
                });
    }

    static Arbitrary<ObjectNode> works() {
        return Combinators.combine(words(3).injectNull(0.2), words(4).injectNull(0.2), partialDates().injectNull(0.2),
                        partialDates().injectNull(0.4), freeText().injectNull(0.5), freeText().list().ofMaxSize(3))
                .as((company, position, first, second, summary, highlights) -> {
                    String start = first;
                    String end = second;
                    if (start != null && end != null && end.compareTo(start) < 0) {
                        start = second;
                        end = first;
                    }
                    ObjectNode job = NODES.objectNode().put("name", company).put("position", position)
                            .put("startDate", start).put("endDate", end).put("summary", summary);
                    ArrayNode list = job.putArray("highlights");
                    highlights.forEach(list::add);
                    return job;
                });
    }

    static Arbitrary<ObjectNode> skills() {
        Arbitrary<String> names = Arbitraries.oneOf(Arbitraries.of("Java", "NodeJS", "node.js", "PostgreSQL", "Kotlin",
                "Spring Boot", "Go", "C#", "react"), words(2));
        return Combinators.combine(names, Arbitraries.of("Expert", "Junior", "").injectNull(0.5), names.list().ofMaxSize(4))
                .as((name, level, keywords) -> {
                    ObjectNode skill = NODES.objectNode().put("name", name).put("level", level);
                    ArrayNode list = skill.putArray("keywords");
                    keywords.forEach(list::add);
                    return skill;
                });
    }

    static Arbitrary<ObjectNode> education() {
        return Combinators.combine(words(3), words(3).injectNull(0.3), partialDates().injectNull(0.3))
                .as((school, area, end) -> NODES.objectNode().put("institution", school).put("area", area)
                        .put("studyType", "BSc").put("endDate", end));
    }

    static Arbitrary<ObjectNode> preferences() {
        Arbitrary<String> engagement = Arbitraries.of(EngagementType.values())
                .flatMap(type -> Arbitraries.of(type.name(), type.name().toLowerCase().replace('_', '-'),
                        type.name().replace('_', ' ')));
        Arbitrary<String> workplace = Arbitraries.of(WorkplaceType.values())
                .flatMap(type -> Arbitraries.of(type.name(), type.name().toLowerCase().replace('_', '-')));
        return Combinators.combine(engagement.list().ofMaxSize(3), workplace.injectNull(0.3)).as((types, place) -> {
            ObjectNode preferences = NODES.objectNode().put("workplace", place);
            ArrayNode list = preferences.putArray("engagementTypes");
            types.forEach(list::add);
            return preferences;
        });
    }

    static Arbitrary<String> resumeTexts() {
        return Combinators.combine(words(3), freeText().list().ofMaxSize(4)).as((name, lines) ->
                String.join("\n", List.of("Name: " + name, "Email: " + CANARY_EMAIL, "Phone: " + CANARY_PHONE))
                        + "\n" + String.join("\n", lines));
    }
}
