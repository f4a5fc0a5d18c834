package io.recruitflow.contracts.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import io.recruitflow.avro.RoutingDecision;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The rolling-upgrade rule of docs/operations.md, "Upgrading": readers first. A reader resolves a
 * record by its writer schema's fingerprint among the versions it bundles, so a writer schema newer
 * than those is unknown to it and the record is dead-lettered. Once the new version is released to
 * the reader (its {@code avro/released/} has the file, its generated classes still the old ones), the
 * reader reads what the new writer writes; then the writers may move.
 */
class RollingUpgradeTest {

    static {
        TrustedAvroPackages.ensureInstalled(); // the samples are built before any deserializer installs it
    }

    static Stream<Named<Schema>> currentSchemas() {
        return ReleasedSchemas.CURRENT.stream().map(schema -> Named.of(schema.getName(), schema));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void everyReleaseIsReadByThePreviousReleaseOnceItKnowsIt(Schema current) {
        List<Schema> released = ReleasedSchemas.get().versionsOf(current.getName());
        for (int i = 1; i < released.size(); i++) {
            var result = SchemaCompatibility.checkReaderWriterCompatibility(released.get(i - 1), released.get(i));
            assertThat(result.getType())
                    .as("%s v%d must read what v%d writes: %s", current.getName(), i, i + 1, result.getDescription())
                    .isEqualTo(SchemaCompatibilityType.COMPATIBLE);
        }
    }

    @Test
    void aReaderDeadLettersAWriterVersionItDoesNotBundle() throws IOException {
        byte[] written = writtenByTheNextVersion(Samples.routing());

        AvroSingleObjectDeserializer<RoutingDecision> previousReader =
                new AvroSingleObjectDeserializer<>(RoutingDecision.class, ReleasedSchemas.get());

        assertThatThrownBy(() -> previousReader.deserialize("recruiting.candidate.routings.v1", written))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown writer schema");
    }

    @Test
    void aReaderReadsTheNextWriterVersionOnceItIsReleasedToIt() throws IOException {
        RoutingDecision decision = Samples.routing();
        byte[] written = writtenByTheNextVersion(decision);
        SchemaStore releasedToTheReader = withNextVersion(ReleasedSchemas.get());

        RoutingDecision read = new AvroSingleObjectDeserializer<>(RoutingDecision.class, releasedToTheReader)
                .deserialize("recruiting.candidate.routings.v1", written);

        assertThat(read).isEqualTo(decision);
    }

    /** What a release after the current one could add: an optional field with a default. */
    private static Schema nextVersion() {
        Schema current = RoutingDecision.getClassSchema();
        List<Schema.Field> fields = new ArrayList<>();
        for (Schema.Field field : current.getFields()) {
            fields.add(new Schema.Field(field, field.schema()));
        }
        fields.add(new Schema.Field("reviewNote", Schema.createUnion(Schema.create(Schema.Type.NULL),
                Schema.create(Schema.Type.STRING)), "added by the next version", Schema.Field.NULL_DEFAULT_VALUE));
        return Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false, fields);
    }

    private static SchemaStore withNextVersion(SchemaStore released) {
        Schema next = nextVersion();
        long fingerprint = ReleasedSchemas.fingerprint(next);
        return candidate -> candidate == fingerprint ? next : released.findByFingerprint(candidate);
    }

    private static byte[] writtenByTheNextVersion(RoutingDecision decision) throws IOException {
        Schema next = nextVersion();
        // the current record as raw Avro (no logical-type conversions), its fields into the next version's
        ByteArrayOutputStream current = new ByteArrayOutputStream();
        BinaryEncoder encoder = EncoderFactory.get().binaryEncoder(current, null);
        new SpecificDatumWriter<>(RoutingDecision.class).write(decision, encoder);
        encoder.flush();
        GenericData generic = GenericData.get();
        GenericRecord asWritten = new GenericDatumReader<GenericRecord>(RoutingDecision.getClassSchema(),
                RoutingDecision.getClassSchema(), generic).read(null,
                DecoderFactory.get().binaryDecoder(current.toByteArray(), null));
        GenericRecord record = new GenericData.Record(next);
        for (Schema.Field field : RoutingDecision.getClassSchema().getFields()) {
            record.put(field.name(), asWritten.get(field.name()));
        }
        record.put("reviewNote", "decided by a person");
        ByteBuffer buffer = new BinaryMessageEncoder<GenericRecord>(generic, next).encode(record);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }
}
