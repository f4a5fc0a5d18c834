package io.recruitflow.contracts.cloudevents;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.UUID;

import io.recruitflow.contracts.topics.Topic;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * CloudEvents 1.0 Kafka protocol binding, binary content mode: the event's attributes travel as
 * {@code ce_*} headers and the record value is the event data (Avro single-object encoding).
 */
public final class CloudEventHeaders {

    public static final String ID = "ce_id";
    public static final String SOURCE = "ce_source";
    public static final String TYPE = "ce_type";
    public static final String SPEC_VERSION = "ce_specversion";
    public static final String TIME = "ce_time";
    public static final String SUBJECT = "ce_subject";
    public static final String CONTENT_TYPE = "content-type";

    public static final String SPEC_VERSION_1_0 = "1.0";
    public static final String AVRO_CONTENT_TYPE = "application/avro";

    private CloudEventHeaders() {
    }

    /**
     * Stamps the CloudEvents attributes of one event onto a record's headers.
     *
     * @param id      unique per event; a re-sent event keeps its id
     * @param source  the writing service, e.g. {@code /recruitflow/classifier-service}
     * @param subject the candidate key the event is about
     */
    public static Headers stamp(Headers headers, Topic<?> topic, String id, String source, String subject, Instant time) {
        set(headers, ID, id);
        set(headers, SOURCE, source);
        set(headers, TYPE, topic.cloudEventType());
        set(headers, SPEC_VERSION, SPEC_VERSION_1_0);
        set(headers, TIME, DateTimeFormatter.ISO_INSTANT.format(time));
        set(headers, SUBJECT, subject);
        set(headers, CONTENT_TYPE, AVRO_CONTENT_TYPE);
        return headers;
    }

    /**
     * A deterministic event id for an event caused by another one: re-processing the same input
     * after a crash yields the same id, so consumers can recognise the repeat.
     */
    public static String derivedId(Topic<?> topic, String causeId) {
        return UUID.nameUUIDFromBytes((topic.cloudEventType() + "\n" + causeId).getBytes(StandardCharsets.UTF_8)).toString();
    }

    /** The value of a header as text, or {@code null} when absent. */
    public static String text(Headers headers, String name) {
        Header header = headers.lastHeader(name);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }

    private static void set(Headers headers, String name, String value) {
        headers.remove(name);
        headers.add(name, value.getBytes(StandardCharsets.UTF_8));
    }
}
