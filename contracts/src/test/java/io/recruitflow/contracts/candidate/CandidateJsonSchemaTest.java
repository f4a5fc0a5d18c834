package io.recruitflow.contracts.candidate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Stream;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.NodePath;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Keeps {@code src/main/resources/json/candidate.schema.json} honest: every sample the repository ships
 * validates against it, it agrees with the Java intake on crafted inputs, and it names exactly the
 * properties {@link CandidateSubmission} reads.
 */
class CandidateJsonSchemaTest {

    static final String CANDIDATE_ID = "https://recruitflow.io/schemas/candidate.schema.json";
    static final String BATCH_ID = "https://recruitflow.io/schemas/candidate-batch.schema.json";

    /** Contact fields the schema documents in {@code basics} as accepted and dropped; the DTO does not read them. */
    static final Set<String> DROPPED_BASICS = Set.of("email", "phone", "url", "location", "profiles", "image");

    static final JsonMapper JSON = JsonMapper.builder().build();
    static final SchemaRegistry REGISTRY = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12,
            builder -> builder.schemas(Map.of(
                    CANDIDATE_ID, resource("/json/candidate.schema.json"),
                    BATCH_ID, resource("/json/candidate-batch.schema.json"))));
    static final Schema CANDIDATE = REGISTRY.getSchema(SchemaLocation.of(CANDIDATE_ID));
    static final Schema BATCH = REGISTRY.getSchema(SchemaLocation.of(BATCH_ID));

    private final CandidateIntake intake = CandidateIntake.standard(JsonMapper.builder().build(), Clock.systemUTC());

    // --- every sample and fixture in the repository validates ---------------------------------------

    static Stream<Arguments> repositoryCandidates() throws IOException {
        List<Arguments> candidates = new ArrayList<>();
        for (Path dir : List.of(Path.of("../pipeline-harness/src/main/resources/samples"), Path.of("src/test/resources/candidates"))) {
            try (Stream<Path> files = Files.list(dir)) {
                files.filter(file -> file.toString().endsWith(".json")).sorted()
                        .forEach(file -> candidates.add(Arguments.of(file.toString(), read(file))));
            }
        }
        Path evaluation = Path.of("../classifier-service/src/test/resources/evaluation/profiles.jsonl");
        for (String line : Files.readAllLines(evaluation, StandardCharsets.UTF_8)) {
            if (!line.isBlank()) {
                JsonNode entry = JSON.readTree(line);
                candidates.add(Arguments.of(evaluation.getFileName() + "#" + entry.path("id").asString(), entry.get("candidate")));
            }
        }
        assertThat(candidates).hasSizeGreaterThan(300);
        return candidates.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("repositoryCandidates")
    void everySampleAndFixtureValidates(String name, JsonNode candidate) {
        assertThat(CANDIDATE.validate(candidate)).as(name).isEmpty();
    }

    @Test
    void theBatchSchemaTakesOneOrMoreCandidates() {
        ArrayNode batch = JSON.createArrayNode().add(valid()).add(valid().put("externalId", "4712"));
        assertThat(BATCH.validate(batch)).isEmpty();
        assertThat(BATCH.validate(JSON.createArrayNode())).extracting(Error::getKeyword).containsExactly("minItems");
        ArrayNode bad = JSON.createArrayNode().add(valid()).add(valid().put("source", "Green House"));
        assertThat(BATCH.validate(bad)).extracting(CandidateJsonSchemaTest::field).containsExactly("[1].source");
        assertThat(BATCH.validate(valid())).extracting(Error::getKeyword).containsExactly("type");
    }

    // --- the schema and the Java intake agree -------------------------------------------------------

    static Stream<Arguments> validInputs() {
        return Stream.of(
                Arguments.of("the minimum", minimal()),
                Arguments.of("a full candidate", valid()),
                Arguments.of("unknown properties anywhere", with(c -> {
                    c.put("atsSpecific", true);
                    c.withObject("/basics").put("x-custom", 1);
                    ((ObjectNode) c.withArray("work").get(0)).put("department", "R&D");
                })),
                Arguments.of("contact fields in basics", with(c -> c.withObject("/basics")
                        .put("email", "ada@example.org").put("phone", "+44 20 7946 0958")
                        .putObject("location").put("city", "London"))),
                Arguments.of("surrounding whitespace on identifiers", with(c -> c.put("source", " greenhouse ")
                        .put("externalId", "\t4711\n"))),
                Arguments.of("identifier with inner ':' and 128 characters", with(c -> c.put("externalId", "a:" + "x".repeat(126)))),
                Arguments.of("occurredAt with an offset and nanos", with(c -> c.put("occurredAt", "2026-11-01T11:15:30.123456789+01:00"))),
                Arguments.of("partial dates and company alias", with(c -> {
                    ObjectNode job = c.withArray("work").addObject();
                    job.put("company", "Initech").put("startDate", "2014").put("endDate", "2015-06-30");
                })),
                Arguments.of("lenient enum spellings", with(c -> {
                    ObjectNode preferences = c.putObject("preferences");
                    preferences.putArray("engagementTypes").add("full-time").add("Part Time").add("team_project");
                    preferences.put("workplace", "on-site");
                })),
                Arguments.of("nulls for optional fields", with(c -> c.putNull("basics").putNull("work").putNull("occurredAt")
                        .putNull("yearsOfExperience").putNull("resumeText"))),
                Arguments.of("200 skills, 70 years, 200,000 characters of resume", with(c -> {
                    ArrayNode skills = c.putArray("skills");
                    for (int i = 0; i < 200; i++) {
                        skills.addObject().put("name", "skill" + i);
                    }
                    c.put("yearsOfExperience", 70).put("resumeText", "r".repeat(200_000));
                })));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("validInputs")
    void validInputsPassBoth(String name, ObjectNode candidate) {
        assertThat(CANDIDATE.validate(candidate)).as("schema errors").isEmpty();
        intake.accept(JSON.writeValueAsBytes(candidate));
    }

    static Stream<Arguments> invalidInputs() {
        return Stream.of(
                Arguments.of("missing externalId", with(c -> c.remove("externalId")), "externalId"),
                Arguments.of("missing source", with(c -> c.remove("source")), "source"),
                Arguments.of("null eventId", with(c -> c.putNull("eventId")), "eventId"),
                Arguments.of("source in upper case", with(c -> c.put("source", "Greenhouse")), "source"),
                Arguments.of("source of 33 characters", with(c -> c.put("source", "a".repeat(33))), "source"),
                Arguments.of("externalId starting with ':'", with(c -> c.put("externalId", ":4711")), "externalId"),
                Arguments.of("blank eventId", with(c -> c.put("eventId", "   ")), "eventId"),
                Arguments.of("eventId with an inner space", with(c -> c.put("eventId", "gh evt")), "eventId"),
                Arguments.of("eventId of 129 characters", with(c -> c.put("eventId", "e".repeat(129))), "eventId"),
                Arguments.of("occurredAt without a zone", with(c -> c.put("occurredAt", "2026-11-01T10:15:30")), "occurredAt"),
                Arguments.of("occurredAt as a date only", with(c -> c.put("occurredAt", "2026-11-01")), "occurredAt"),
                Arguments.of("month 13 in a start date", with(c -> ((ObjectNode) c.withArray("work").get(0))
                        .put("startDate", "2016-13")), "work[0].startDate"),
                Arguments.of("a spelled-out end date", with(c -> ((ObjectNode) c.withArray("education").get(0))
                        .put("endDate", "June 2015")), "education[0].endDate"),
                Arguments.of("unknown engagement type", with(c -> c.putObject("preferences").putArray("engagementTypes")
                        .add("FULL_TIME").add("INTERNSHIP")), "preferences.engagementTypes[1]"),
                Arguments.of("unknown workplace", with(c -> c.putObject("preferences").put("workplace", "MOON")), "preferences.workplace"),
                Arguments.of("basics.name of 301 characters", with(c -> c.withObject("/basics").put("name", "n".repeat(301))), "basics.name"),
                Arguments.of("skill name of 101 characters", with(c -> ((ObjectNode) c.withArray("skills").get(0))
                        .put("name", "s".repeat(101))), "skills[0].name"),
                Arguments.of("a skill without a name", with(c -> c.withArray("skills").addObject().put("level", "Expert")), "skills[1].name"),
                Arguments.of("a blank skill name", with(c -> ((ObjectNode) c.withArray("skills").get(0)).put("name", " \t")), "skills[0].name"),
                Arguments.of("201 skills", with(c -> {
                    ArrayNode skills = c.putArray("skills");
                    for (int i = 0; i < 201; i++) {
                        skills.addObject().put("name", "skill" + i);
                    }
                }), "skills"),
                Arguments.of("201 keywords", with(c -> {
                    ArrayNode keywords = ((ObjectNode) c.withArray("skills").get(0)).putArray("keywords");
                    for (int i = 0; i < 201; i++) {
                        keywords.add("k" + i);
                    }
                }), "skills[0].keywords"),
                Arguments.of("201 engagement types", with(c -> {
                    ArrayNode types = c.putObject("preferences").putArray("engagementTypes");
                    for (int i = 0; i < 201; i++) {
                        types.add("CONTRACT");
                    }
                }), "preferences.engagementTypes"),
                Arguments.of("a null work entry", with(c -> c.withArray("work").addNull()), "work[1]"),
                Arguments.of("yearsOfExperience 71", with(c -> c.put("yearsOfExperience", 71)), "yearsOfExperience"),
                Arguments.of("negative yearsOfExperience", with(c -> c.put("yearsOfExperience", -0.5)), "yearsOfExperience"),
                Arguments.of("resumeText over 200,000 characters", with(c -> c.put("resumeText", "r".repeat(200_001))), "resumeText"),
                Arguments.of("basics as a string", with(c -> c.put("basics", "Ada")), "basics"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidInputs")
    void invalidInputsFailBothNamingTheSameField(String name, ObjectNode candidate, String field) {
        List<String> schemaFields = CANDIDATE.validate(candidate).stream().map(CandidateJsonSchemaTest::field).distinct().toList();
        InvalidCandidateException refused = catchThrowableOfType(InvalidCandidateException.class,
                () -> intake.accept(JSON.writeValueAsBytes(candidate)));

        assertThat(refused).as("the intake refuses it").isNotNull();
        List<String> intakeFields = refused.violations().stream().map(Violation::field).distinct().toList();
        assertThat(intakeFields).as("intake violations").containsExactly(field);
        assertThat(schemaFields).as("schema errors").isNotEmpty()
                .allSatisfy(schemaField -> assertThat(sameField(schemaField, field))
                        .as("schema names %s, intake names %s", schemaField, field).isTrue());
    }

    /** Loosely the same: one path is the other or a prefix of it ({@code skills[1]} for a missing {@code skills[1].name}). */
    static boolean sameField(String a, String b) {
        return a.equals(b) || b.startsWith(a + ".") || b.startsWith(a + "[") || a.startsWith(b + ".") || a.startsWith(b + "[");
    }

    /** The instance location of a schema error in the intake's notation, e.g. {@code skills[0].name}. */
    static String field(Error error) {
        StringBuilder path = new StringBuilder();
        NodePath location = error.getInstanceLocation();
        for (int i = 0; i < location.getNameCount(); i++) {
            append(path, location.getElement(i));
        }
        if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
            append(path, error.getProperty());
        }
        return path.isEmpty() ? "$" : path.toString();
    }

    private static void append(StringBuilder path, Object element) {
        if (element instanceof Integer index) {
            path.append('[').append(index).append(']');
        } else {
            path.append(path.isEmpty() ? "" : ".").append(element);
        }
    }

    // --- the schema and the DTO cannot drift --------------------------------------------------------

    @Test
    void theSchemaNamesExactlyThePropertiesTheDtoReads() {
        JsonNode schema = JSON.readTree(resource("/json/candidate.schema.json"));
        List<String> mismatches = new ArrayList<>();
        compare("", schema, CandidateSubmission.class, schema, mismatches);
        assertThat(mismatches).isEmpty();
    }

    private static void compare(String at, JsonNode node, Class<?> type, JsonNode root, List<String> mismatches) {
        JsonNode properties = resolve(node, root).path("properties");
        Set<String> inSchema = new TreeSet<>();
        properties.propertyNames().forEach(inSchema::add);
        Set<String> inDto = new TreeSet<>();
        for (RecordComponent component : type.getRecordComponents()) {
            inDto.add(component.getName());
            JsonAlias alias = field(type, component.getName()).getAnnotation(JsonAlias.class);
            if (alias != null) {
                inDto.addAll(List.of(alias.value()));
            }
        }
        if (type == CandidateSubmission.Basics.class) {
            assertThat(inSchema).as("the dropped contact fields are documented").containsAll(DROPPED_BASICS);
            inSchema.removeAll(DROPPED_BASICS);
        }
        if (!inSchema.equals(inDto)) {
            mismatches.add((at.isEmpty() ? "$" : at) + ": schema " + inSchema + " vs " + type.getSimpleName() + " " + inDto);
        }
        for (RecordComponent component : type.getRecordComponents()) {
            Class<?> nested = recordType(component.getGenericType());
            JsonNode property = properties.path(component.getName());
            if (nested != null && !property.isMissingNode()) {
                JsonNode objectSchema = component.getType() == List.class ? resolve(property, root).path("items") : property;
                compare(at + (at.isEmpty() ? "" : ".") + component.getName(), objectSchema, nested, root, mismatches);
            }
        }
    }

    private static java.lang.reflect.Field field(Class<?> type, String name) {
        try {
            return type.getDeclaredField(name);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The record a component holds, directly or as the elements of a list; {@code null} for plain values. */
    private static Class<?> recordType(Type type) {
        if (type instanceof Class<?> plain) {
            return plain.isRecord() ? plain : null;
        }
        if (type instanceof ParameterizedType list && list.getActualTypeArguments()[0] instanceof Class<?> element) {
            return element.isRecord() ? element : null;
        }
        return null;
    }

    private static JsonNode resolve(JsonNode node, JsonNode root) {
        JsonNode ref = node.path("$ref");
        return ref.isString() && ref.asString().startsWith("#") ? root.at(ref.asString().substring(1)) : node;
    }

    // --- helpers ------------------------------------------------------------------------------------

    static ObjectNode minimal() {
        return JSON.createObjectNode().put("source", "greenhouse").put("externalId", "4711").put("eventId", "gh-evt-0001");
    }

    static ObjectNode valid() {
        ObjectNode candidate = minimal().put("occurredAt", "2026-11-01T10:15:30Z");
        candidate.putObject("basics").put("name", "Ada Example").put("label", "Backend Engineer").put("summary", "Builds APIs.");
        ObjectNode job = candidate.putArray("work").addObject();
        job.put("name", "Acme").put("position", "Engineer").put("startDate", "2016-01").put("endDate", "2019-12");
        job.putArray("highlights").add("Built services");
        ObjectNode skill = candidate.putArray("skills").addObject();
        skill.put("name", "Java").put("level", "Expert").putArray("keywords").add("Spring Boot");
        candidate.putArray("education").addObject().put("institution", "Example University").put("endDate", "2015");
        ObjectNode preferences = candidate.putObject("preferences").put("workplace", "REMOTE");
        preferences.putArray("engagementTypes").add("FULL_TIME");
        candidate.put("yearsOfExperience", 4.5).put("resumeText", "Backend engineer.");
        return candidate;
    }

    static ObjectNode with(Consumer<ObjectNode> change) {
        ObjectNode candidate = valid();
        change.accept(candidate);
        return candidate;
    }

    static JsonNode read(Path file) {
        try {
            return JSON.readTree(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String resource(String name) {
        try (InputStream in = CandidateJsonSchemaTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("missing " + name, e);
        }
    }
}
