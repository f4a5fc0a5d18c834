package io.recruitflow.kit.observability;

import java.nio.charset.StandardCharsets;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;

/**
 * Continues a record's trace while it is processed. Spring Kafka observes record listeners, not
 * batch listeners; the relays process batches, so each record gets its own span here, a child of
 * the {@code traceparent} it arrived with. What the relay sends inside that span carries the trace
 * on ({@link TraceContextInjection} puts it in their headers), so one candidate's path is one trace.
 */
public interface RecordTracing {

    RecordTracing NONE = new RecordTracing() {
        @Override
        public <T> T inSpan(ConsumerRecord<?, ?> record, String name, Supplier<T> work) {
            return work.get();
        }
    };

    <T> T inSpan(ConsumerRecord<?, ?> record, String name, Supplier<T> work);

    static RecordTracing micrometer(Tracer tracer, Propagator propagator) {
        return new RecordTracing() {
            @Override
            public <T> T inSpan(ConsumerRecord<?, ?> record, String name, Supplier<T> work) {
                Span span = propagator.extract(record, (carrier, key) -> {
                            Header header = carrier.headers().lastHeader(key);
                            return header == null || header.value() == null
                                    ? null : new String(header.value(), StandardCharsets.UTF_8);
                        })
                        .name(name)
                        .kind(Span.Kind.CONSUMER)
                        .tag("messaging.destination.name", record.topic())
                        .tag("messaging.kafka.destination.partition", Integer.toString(record.partition()))
                        .start();
                try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
                    return work.get();
                } catch (RuntimeException e) {
                    span.error(e);
                    throw e;
                } finally {
                    span.end();
                }
            }
        };
    }
}
