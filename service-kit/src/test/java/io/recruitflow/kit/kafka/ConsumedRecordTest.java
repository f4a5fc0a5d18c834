package io.recruitflow.kit.kafka;

import java.nio.charset.StandardCharsets;

import io.recruitflow.contracts.cloudevents.CloudEventHeaders;
import io.recruitflow.kit.observability.RecordTracing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

import static org.assertj.core.api.Assertions.assertThat;

class ConsumedRecordTest {

    @Test
    void theWorkRunsWithTheCandidateKeyAndEventIdInTheLoggingContextAndLeavesItClean() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("recruiting.t.v1", 2, 41L, "greenhouse:1", null);
        record.headers().add(CloudEventHeaders.ID, "evt-1".getBytes(StandardCharsets.UTF_8));

        String seen = ConsumedRecord.handle(record, RecordTracing.NONE, "span",
                () -> MDC.get(EventRelay.CANDIDATE_KEY) + " " + MDC.get(EventRelay.EVENT_ID));

        assertThat(seen).isEqualTo("greenhouse:1 evt-1");
        assertThat(MDC.get(EventRelay.CANDIDATE_KEY)).isNull();
        assertThat(MDC.get(EventRelay.EVENT_ID)).isNull();
    }

    @Test
    void aRecordWithoutACloudEventsIdIsNamedByItsPositionInTheLog() {
        ConsumerRecord<String, byte[]> record = new ConsumerRecord<>("recruiting.t.v1", 2, 41L, "k", null);

        assertThat(ConsumedRecord.causeId(record)).isEqualTo("recruiting.t.v1-2@41");
    }
}
