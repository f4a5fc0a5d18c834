package io.recruitflow.kit.observability;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.producer.ProducerInterceptor;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.header.Headers;

/**
 * Puts the current trace context (W3C {@code traceparent}) on every record a template sends, so the
 * next service continues the trace. That is what the template's observation did, without the span,
 * the timer and the observation it started per send: in the load harness's profiles those cost as
 * much CPU as the send itself. The span around the work (an HTTP request, a relayed record's
 * {@link RecordTracing} span) already says what the send was part of.
 */
public final class TraceContextInjection<K, V> implements ProducerInterceptor<K, V> {

    private final Tracer tracer;
    private final Propagator propagator;

    public TraceContextInjection(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    @Override
    public ProducerRecord<K, V> onSend(ProducerRecord<K, V> record) {
        TraceContext context = tracer.currentTraceContext().context();
        if (context != null) {
            propagator.inject(context, record.headers(), TraceContextInjection::replace);
        }
        return record;
    }

    private static void replace(Headers headers, String key, String value) {
        headers.remove(key);
        headers.add(key, value.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void onAcknowledgement(RecordMetadata metadata, Exception exception) {
    }

    @Override
    public void close() {
    }

    @Override
    public void configure(Map<String, ?> configs) {
    }
}
