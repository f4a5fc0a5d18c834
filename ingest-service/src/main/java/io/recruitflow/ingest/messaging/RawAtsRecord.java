package io.recruitflow.ingest.messaging;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.recruitflow.contracts.candidate.InvalidCandidateException;
import io.recruitflow.contracts.candidate.Violation;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A record of the raw ATS topic as a format name, a payload and headers, in either CloudEvents Kafka
 * binding mode. Binary mode: the value is the payload and {@code ce_type} names its format.
 * Structured mode ({@code content-type: application/cloudevents+json}): the value is the whole event,
 * its {@code data} the payload and its {@code type} the format; its attributes become
 * {@code ce_<name>} headers. The type is {@code io.recruitflow.ats.<format>.v1} for the formats
 * canonical, jsonresume, greenhouse, lever and workable; without a type the payload is canonical.
 */
record RawAtsRecord(String format, byte[] payload, Map<String, String> headers) {

    static final String TYPE_PREFIX = "io.recruitflow.ats.";
    static final String STRUCTURED_CONTENT_TYPE = "application/cloudevents+json";

    static RawAtsRecord of(byte[] value, Headers kafkaHeaders, JsonMapper json) {
        Map<String, String> headers = new HashMap<>();
        for (Header header : kafkaHeaders) {
            if (header.value() != null) {
                headers.put(header.key().toLowerCase(Locale.ROOT), new String(header.value(), StandardCharsets.UTF_8));
            }
        }
        String contentType = headers.getOrDefault("content-type", "");
        if (contentType.toLowerCase(Locale.ROOT).startsWith(STRUCTURED_CONTENT_TYPE)) {
            return structured(value, headers, json);
        }
        return new RawAtsRecord(format(headers.get("ce_type"), "ce_type"), value, headers);
    }

    private static RawAtsRecord structured(byte[] value, Map<String, String> headers, JsonMapper json) {
        JsonNode event;
        try {
            event = value == null ? null : json.readTree(value);
        } catch (JacksonException e) {
            throw new InvalidCandidateException(List.of(new Violation("$", "malformed CloudEvents JSON")));
        }
        if (event == null || !event.isObject() || !event.path("data").isObject()) {
            throw new InvalidCandidateException(List.of(new Violation("data", "must be the event's JSON object")));
        }
        event.properties().forEach(attribute -> {
            if (!attribute.getKey().equals("data") && attribute.getValue().isValueNode()) {
                headers.put("ce_" + attribute.getKey().toLowerCase(Locale.ROOT), attribute.getValue().asString());
            }
        });
        byte[] payload = json.writeValueAsBytes(event.get("data"));
        return new RawAtsRecord(format(headers.get("ce_type"), "type"), payload, headers);
    }

    private static String format(String type, String field) {
        if (type == null || type.isBlank()) {
            return "canonical";
        }
        if (!type.startsWith(TYPE_PREFIX) || !type.endsWith(".v1")) {
            throw new InvalidCandidateException(List.of(new Violation(field,
                    "must be io.recruitflow.ats.<canonical|jsonresume|greenhouse|lever|workable>.v1")));
        }
        return type.substring(TYPE_PREFIX.length(), type.length() - ".v1".length());
    }
}
