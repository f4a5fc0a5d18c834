package io.recruitflow.kit.kafka;

import java.util.function.Supplier;

import io.recruitflow.contracts.cloudevents.CloudEventHeaders;
import io.recruitflow.kit.observability.RecordTracing;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.slf4j.MDC;

/**
 * The steps every listener takes around one record of a batch, whatever it does with it: the candidate
 * key and event id in the MDC (structured logs show them, never the value), and a span that continues
 * the record's {@code traceparent}. {@link EventRelay} and ingest's raw-event listener both use it.
 */
public final class ConsumedRecord {

    private ConsumedRecord() {
    }

    /** {@code work} for {@code record}, in its logging context and in a span named {@code spanName}. */
    public static <T> T handle(ConsumerRecord<String, ?> record, RecordTracing tracing, String spanName,
                               Supplier<T> work) {
        try (MDC.MDCCloseable key = MDC.putCloseable(EventRelay.CANDIDATE_KEY, record.key());
             MDC.MDCCloseable id = MDC.putCloseable(EventRelay.EVENT_ID, causeId(record))) {
            return tracing.inSpan(record, spanName, work);
        }
    }

    /** The input's CloudEvents id, or its position in the log when a writer sent none. */
    public static String causeId(ConsumerRecord<?, ?> record) {
        String id = CloudEventHeaders.text(record.headers(), CloudEventHeaders.ID);
        return id != null ? id : record.topic() + "-" + record.partition() + "@" + record.offset();
    }
}
