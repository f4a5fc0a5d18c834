package io.recruitflow.contracts.avro;

import java.io.IOException;

import org.apache.avro.message.BadHeaderException;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads Avro single-object encoding into the generated class {@code T}, resolving records written
 * with any released version of its schema (see {@link ReleasedSchemas}). A {@code null} value
 * (a tombstone) stays {@code null}. Anything else that is not a record of a known schema is a
 * {@link SerializationException} that says why, so an {@code ErrorHandlingDeserializer} can route
 * it to the dead-letter topic.
 */
public final class AvroSingleObjectDeserializer<T extends SpecificRecord> implements Deserializer<T> {

    private final Class<T> type;
    private final BinaryMessageDecoder<T> decoder;

    public AvroSingleObjectDeserializer(Class<T> type) {
        this(type, ReleasedSchemas.get());
    }

    AvroSingleObjectDeserializer(Class<T> type, SchemaStore writerSchemas) {
        TrustedAvroPackages.ensureInstalled();
        this.type = type;
        SpecificData model = SpecificData.getForClass(type);
        this.decoder = new BinaryMessageDecoder<>(model, model.getSchema(type), writerSchemas);
    }

    @Override
    public T deserialize(String topic, byte[] data) {
        if (data == null) {
            return null;
        }
        try {
            return decoder.decode(data);
        } catch (BadHeaderException e) {
            throw new SerializationException("Not Avro single-object encoding on " + topic + ": " + e.getMessage(), e);
        } catch (MissingSchemaException e) {
            throw new SerializationException("Unknown writer schema on " + topic + " for " + type.getSimpleName()
                    + ": " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Corrupt " + type.getSimpleName() + " record on " + topic + ": "
                    + e.getClass().getSimpleName(), e);
        }
    }
}
