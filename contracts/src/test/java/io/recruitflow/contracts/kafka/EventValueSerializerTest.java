package io.recruitflow.contracts.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.RoleScore;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class EventValueSerializerTest {

    private final EventValueSerializer serializer = new EventValueSerializer();

    @Test
    void writesRawBytesUnchanged() {
        byte[] poison = {1, 2, 3};

        assertThat(serializer.serialize("t-dlt", poison)).isSameAs(poison);
    }

    @Test
    void writesAvroRecordsInSingleObjectEncoding() {
        byte[] bytes = serializer.serialize("t", new RoleScore(CandidateRole.HYBRID, 0.5));

        assertThat(bytes).startsWith((byte) 0xC3, (byte) 0x01);
    }

    @Test
    void keepsTombstones() {
        assertThat(serializer.serialize("t", null)).isNull();
    }

    @Test
    void refusesAnythingElse() {
        assertThatThrownBy(() -> serializer.serialize("t", "text"))
                .isInstanceOf(SerializationException.class).hasMessageContaining("java.lang.String");
    }
}
