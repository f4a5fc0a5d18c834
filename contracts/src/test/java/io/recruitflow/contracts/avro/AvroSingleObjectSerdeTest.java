package io.recruitflow.contracts.avro;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import io.recruitflow.avro.CandidateProfile;
import io.recruitflow.avro.RoutingDecision;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericDatumReader;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class AvroSingleObjectSerdeTest {

    private final AvroSingleObjectSerializer<RoutingDecision> serializer = new AvroSingleObjectSerializer<>();
    private final AvroSingleObjectDeserializer<RoutingDecision> deserializer =
            new AvroSingleObjectDeserializer<>(RoutingDecision.class);

    @Test
    void writesTheSingleObjectHeaderWithTheWriterSchemaFingerprint() {
        byte[] bytes = serializer.serialize("t", Samples.routing());

        assertThat(bytes[0]).isEqualTo((byte) 0xC3);
        assertThat(bytes[1]).isEqualTo((byte) 0x01);
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        assertThat(fingerprint).isEqualTo(ReleasedSchemas.fingerprint(RoutingDecision.getClassSchema()));
    }

    @Test
    void roundTripsAGeneratedRecord() {
        RoutingDecision decision = Samples.routing();

        assertThat(deserializer.deserialize("t", serializer.serialize("t", decision))).isEqualTo(decision);
    }

    @Test
    void decodesWithNothingButTheSchemaFilesInTheSchemasFolder() throws IOException {
        byte[] bytes = serializer.serialize("t", Samples.routing());

        // What a consumer in any language does: parse the .avsc files, index them by fingerprint,
        // read the 8-byte fingerprint after C3 01, and decode the rest with a generic reader.
        Schema writer = null;
        long fingerprint = ByteBuffer.wrap(bytes, 2, 8).order(ByteOrder.LITTLE_ENDIAN).getLong();
        List<Path> files;
        try (var folder = Files.list(Path.of("src/main/resources/avro/released/RoutingDecision"))) {
            files = folder.toList();
        }
        for (Path file : files) {
            Schema candidate = new Schema.Parser().parse(file.toFile());
            if (ReleasedSchemas.fingerprint(candidate) == fingerprint) {
                writer = candidate;
            }
        }
        assertThat(writer).as("schema file with the record's fingerprint").isNotNull();
        GenericRecord record = new GenericDatumReader<GenericRecord>(writer)
                .read(null, DecoderFactory.get().binaryDecoder(Arrays.copyOfRange(bytes, 10, bytes.length), null));

        assertThat(record.get("candidateKey")).hasToString("greenhouse:4711");
        assertThat(record.get("suggestedPlatform")).hasToString("DISTANTJOB");
    }

    @Test
    void keepsTombstonesAsNull() {
        assertThat(serializer.serialize("t", null)).isNull();
        assertThat(deserializer.deserialize("t", null)).isNull();
    }

    @Test
    void refusesBytesThatAreNotSingleObjectEncodedWithAReason() {
        assertThatThrownBy(() -> deserializer.deserialize("recruiting.candidate.routings.v1", "{\"json\":true}".getBytes()))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Not Avro single-object encoding on recruiting.candidate.routings.v1");
    }

    @Test
    void refusesRecordsWrittenWithAnUnknownSchema() {
        Schema stranger = SchemaBuilder.record("Stranger").namespace("elsewhere").fields().requiredString("x").endRecord();
        GenericData.Record record = new GenericData.Record(stranger);
        record.put("x", "y");
        byte[] bytes = encode(stranger, record);

        assertThatThrownBy(() -> deserializer.deserialize("t", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Unknown writer schema");
    }

    @Test
    void refusesATruncatedBody() {
        byte[] bytes = serializer.serialize("t", Samples.routing());

        assertThatThrownBy(() -> deserializer.deserialize("t", Arrays.copyOf(bytes, 14)))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Corrupt RoutingDecision");
    }

    @Test
    void refusesABodyThatClaimsFarMoreBytesThanItHas() {
        byte[] header = Arrays.copyOf(serializer.serialize("t", Samples.routing()), 10);
        // The first field is a string; its zig-zag varint length claims about a gigabyte.
        byte[] claim = {(byte) 0xFE, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0x07, 'x'};
        byte[] bytes = Arrays.copyOf(header, header.length + claim.length);
        System.arraycopy(claim, 0, bytes, header.length, claim.length);

        assertThatThrownBy(() -> deserializer.deserialize("t", bytes))
                .isInstanceOf(SerializationException.class)
                .hasMessageContaining("Corrupt RoutingDecision");
    }

    @Test
    void resolvesARecordWrittenWithAnOlderSchemaVersion() {
        // An older CandidateProfile without the optional resumeText field.
        Schema current = CandidateProfile.getClassSchema();
        Schema older = Schema.createRecord(current.getName(), current.getDoc(), current.getNamespace(), false,
                current.getFields().stream().filter(f -> !f.name().equals("resumeText"))
                        .map(f -> new Schema.Field(f, f.schema())).toList());
        assertThat(older.getField("resumeText")).isNull();
        GenericData.Record old = project(Samples.profile(), older);
        SchemaStore.Cache store = new SchemaStore.Cache();
        store.addSchema(older);
        var reader = new AvroSingleObjectDeserializer<>(CandidateProfile.class, store);

        CandidateProfile read = reader.deserialize("t", encode(older, old));

        assertThat(read.getCandidateKey()).isEqualTo("greenhouse:4711");
        assertThat(read.getResumeText()).isNull();
        assertThat(read.getSkills()).hasSize(1);
    }

    /** The sample as a writer of the older version would have held it. */
    private static GenericData.Record project(CandidateProfile profile, Schema older) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            var encoder = EncoderFactory.get().binaryEncoder(out, null);
            new SpecificDatumWriter<CandidateProfile>(CandidateProfile.class).write(profile, encoder);
            encoder.flush();
            return new GenericDatumReader<GenericData.Record>(CandidateProfile.getClassSchema(), older)
                    .read(null, DecoderFactory.get().binaryDecoder(out.toByteArray(), null));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] encode(Schema schema, GenericData.Record record) {
        try {
            ByteBuffer buffer = new BinaryMessageEncoder<GenericData.Record>(GenericData.get(), schema).encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
