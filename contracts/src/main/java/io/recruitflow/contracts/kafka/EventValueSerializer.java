package io.recruitflow.contracts.kafka;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

import io.recruitflow.contracts.avro.AvroSingleObjectSerializer;

/**
 * The value serializer of every producer in the pipeline: Avro events in single-object encoding,
 * and {@code byte[]} written exactly as given, so a dead letter keeps the bytes that could not be
 * read (re-encoding a poison pill would fail again, or loop).
 */
public final class EventValueSerializer implements Serializer<Object> {

    private final AvroSingleObjectSerializer<SpecificRecord> avro = new AvroSingleObjectSerializer<>();

    @Override
    public byte[] serialize(String topic, Object value) {
        if (value == null || value instanceof byte[]) {
            return (byte[]) value;
        }
        if (value instanceof SpecificRecord record) {
            return avro.serialize(topic, record);
        }
        throw new SerializationException("Cannot write a " + value.getClass().getName() + " to " + topic
                + ": only Avro events and raw bytes go on the pipeline's topics");
    }
}
