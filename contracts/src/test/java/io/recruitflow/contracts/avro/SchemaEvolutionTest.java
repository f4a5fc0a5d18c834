package io.recruitflow.contracts.avro;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;

import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Schema changes must stay backward compatible: a reader with the current schema (and with each
 * newer release) reads what every earlier release wrote. Changing an {@code .avsc} file fails
 * {@link #theCurrentSchemaIsReleased} until the new version is frozen as the next
 * {@code avro/released/<Name>/v<N>.avsc}, which the compatibility checks then cover.
 */
class SchemaEvolutionTest {

    static Stream<Named<Schema>> currentSchemas() {
        return ReleasedSchemas.CURRENT.stream().map(schema -> Named.of(schema.getName(), schema));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void theCurrentSchemaIsReleased(Schema current) {
        List<Schema> released = ReleasedSchemas.get().versionsOf(current.getName());

        assertThat(released).as("released versions of %s", current.getName()).isNotEmpty();
        assertThat(ReleasedSchemas.fingerprint(released.get(released.size() - 1)))
                .as("%s changed: freeze it as avro/released/%s/v%d.avsc", current.getName(), current.getName(),
                        released.size() + 1)
                .isEqualTo(ReleasedSchemas.fingerprint(current));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void everyReleaseReadsWhatThePreviousReleaseWrote(Schema current) {
        List<Schema> released = ReleasedSchemas.get().versionsOf(current.getName());
        for (int i = 1; i < released.size(); i++) {
            assertReadable(released.get(i), released.get(i - 1));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void theCurrentSchemaReadsEveryRelease(Schema current) {
        for (Schema writer : ReleasedSchemas.get().versionsOf(current.getName())) {
            assertReadable(current, writer);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void everyReleaseCanBeFoundByItsFingerprint(Schema current) {
        for (Schema released : ReleasedSchemas.get().versionsOf(current.getName())) {
            assertThat(ReleasedSchemas.get().findByFingerprint(ReleasedSchemas.fingerprint(released))).isEqualTo(released);
        }
    }

    @Test
    void theCheckRejectsAFieldAddedWithoutADefault() {
        Schema v1 = SchemaBuilder.record("R").fields().requiredString("a").endRecord();
        Schema v2 = SchemaBuilder.record("R").fields().requiredString("a").requiredString("b").endRecord();

        assertThat(SchemaCompatibility.checkReaderWriterCompatibility(v2, v1).getType())
                .isEqualTo(SchemaCompatibilityType.INCOMPATIBLE);
    }

    @Test
    void theCheckAcceptsAnOptionalFieldWithADefault() {
        Schema v1 = SchemaBuilder.record("R").fields().requiredString("a").endRecord();
        Schema v2 = SchemaBuilder.record("R").fields().requiredString("a").optionalString("b").endRecord();

        assertReadable(v2, v1);
    }

    private static void assertReadable(Schema reader, Schema writer) {
        var result = SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        assertThat(result.getType())
                .as("%s must read data written by its previous version: %s", reader.getName(), result.getDescription())
                .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
    }
}
