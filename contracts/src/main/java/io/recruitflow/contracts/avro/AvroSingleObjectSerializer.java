package io.recruitflow.contracts.avro;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.apache.avro.Schema;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro single-object encoding: {@code C3 01}, the 8-byte CRC-64-AVRO fingerprint of the
 * writer schema (little-endian), then the binary body. Any Avro library can decode it with the
 * schema files alone. A {@code null} value stays {@code null} (a tombstone).
 */
public final class AvroSingleObjectSerializer<T extends SpecificRecord> implements Serializer<T> {

    private final Map<Schema, BinaryMessageEncoder<T>> encoders = new ConcurrentHashMap<>();

    public AvroSingleObjectSerializer() {
        TrustedAvroPackages.ensureInstalled();
    }

    @Override
    public byte[] serialize(String topic, T record) {
        if (record == null) {
            return null;
        }
        BinaryMessageEncoder<T> encoder = encoders.computeIfAbsent(record.getSchema(),
                schema -> new BinaryMessageEncoder<>(SpecificData.getForSchema(schema), schema));
        try {
            ByteBuffer buffer = encoder.encode(record);
            byte[] bytes = new byte[buffer.remaining()];
            buffer.get(bytes);
            return bytes;
        } catch (IOException | RuntimeException e) {
            throw new SerializationException("Cannot encode " + record.getSchema().getFullName()
                    + " for topic " + topic + ": " + e.getMessage(), e);
        }
    }
}
