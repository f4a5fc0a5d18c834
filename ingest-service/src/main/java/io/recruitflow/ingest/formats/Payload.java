package io.recruitflow.ingest.formats;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.recruitflow.contracts.candidate.InvalidCandidateException;
import io.recruitflow.contracts.candidate.Violation;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A vendor payload as a JSON tree, read field by field with the JSON path of each field, so every
 * missing or ill-typed field is named (e.g. {@code payload.application.candidate.id}) and all of
 * them are reported at once. Messages never quote a value: payloads carry personal data.
 */
final class Payload {

    private final List<Violation> violations = new ArrayList<>();

    private Payload() {
    }

    /** Parses {@code body}, which must be a JSON object; returns its root. */
    static Section parse(JsonMapper json, byte[] body) {
        if (body == null || body.length == 0) {
            throw invalid("$", "body is empty");
        }
        JsonNode root;
        try {
            root = json.readTree(body);
        } catch (StreamReadException e) {
            TokenStreamLocation at = e.getLocation();
            String where = at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            throw invalid("$", "malformed JSON" + where);
        } catch (JacksonException e) {
            throw invalid("$", "malformed JSON");
        }
        if (root == null || !root.isObject()) {
            throw invalid("$", "must be a JSON object");
        }
        return new Payload().new Section(root, "");
    }

    static InvalidCandidateException invalid(String field, String message) {
        return new InvalidCandidateException(List.of(new Violation(field, message)));
    }

    /** A required request header (or query parameter the caller passed as one). */
    static String header(Map<String, String> headers, String name) {
        String value = headers == null ? null : headers.get(name);
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** One JSON object of the payload and its path; a missing object reads as empty. */
    final class Section {

        private final JsonNode node;
        private final String path;

        private Section(JsonNode node, String path) {
            this.node = node;
            this.path = path;
        }

        String path() {
            return path.isEmpty() ? "$" : path;
        }

        String path(String field) {
            return path.isEmpty() ? field : path + "." + field;
        }

        boolean has(String field) {
            JsonNode value = node.get(field);
            return value != null && !value.isNull();
        }

        void fail(String field, String message) {
            violations.add(new Violation(path(field), message));
        }

        /** Throws once for everything recorded on this payload so far. */
        void throwIfInvalid() {
            if (!violations.isEmpty()) {
                throw new InvalidCandidateException(violations);
            }
        }

        /** An optional nested object; wrong type is recorded and reads as empty. */
        Section object(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return new Section(MissingNode.getInstance(), path(field));
            }
            if (!value.isObject()) {
                fail(field, "must be an object");
                return new Section(MissingNode.getInstance(), path(field));
            }
            return new Section(value, path(field));
        }

        Section requiredObject(String field) {
            if (!has(field)) {
                fail(field, "is required");
            }
            return object(field);
        }

        boolean isPresent() {
            return node.isObject();
        }

        /** An optional string; numbers and booleans are not strings. */
        String string(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isString()) {
                fail(field, "must be a string");
                return null;
            }
            return value.stringValue();
        }

        String requiredString(String field) {
            String value = string(field);
            if (value == null && !has(field) || value != null && value.isBlank()) {
                fail(field, "is required");
                return null;
            }
            return value;
        }

        /** An identifier that vendors send as a string or as an integer; returned as text. */
        String id(String field, boolean required) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull() || value.isString() && value.stringValue().isBlank()) {
                if (required) {
                    fail(field, "is required");
                }
                return null;
            }
            if (value.isString()) {
                return value.stringValue().trim();
            }
            if (value.isIntegralNumber()) {
                return value.asString();
            }
            fail(field, "must be a string or an integer");
            return null;
        }

        /** An optional integer, e.g. epoch milliseconds. */
        Long integer(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isIntegralNumber() || !value.canConvertToLong()) {
                fail(field, "must be an integer");
                return null;
            }
            return value.longValue();
        }

        Boolean bool(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return null;
            }
            if (!value.isBoolean()) {
                fail(field, "must be true or false");
                return null;
            }
            return value.booleanValue();
        }

        /** An optional array of objects; entries of another type are recorded by index. */
        List<Section> objects(String field) {
            List<Section> objects = new ArrayList<>();
            JsonNode array = array(field);
            for (int i = 0; i < array.size(); i++) {
                JsonNode entry = array.get(i);
                String entryPath = path(field) + "[" + i + "]";
                if (entry.isObject()) {
                    objects.add(new Section(entry, entryPath));
                } else if (!entry.isNull()) {
                    violations.add(new Violation(entryPath, "must be an object"));
                }
            }
            return objects;
        }

        /** An optional array of strings; blank entries are skipped, other types recorded by index. */
        List<String> strings(String field) {
            List<String> strings = new ArrayList<>();
            JsonNode array = array(field);
            for (int i = 0; i < array.size(); i++) {
                JsonNode entry = array.get(i);
                if (entry.isString()) {
                    if (!entry.stringValue().isBlank()) {
                        strings.add(entry.stringValue());
                    }
                } else if (!entry.isNull()) {
                    violations.add(new Violation(path(field) + "[" + i + "]", "must be a string"));
                }
            }
            return strings;
        }

        /** The raw array node (empty when absent); a non-array is recorded. */
        JsonNode array(String field) {
            JsonNode value = node.get(field);
            if (value == null || value.isNull()) {
                return MissingNode.getInstance();
            }
            if (!value.isArray()) {
                fail(field, "must be an array");
                return MissingNode.getInstance();
            }
            return value;
        }

        /** The object's own members that are objects, e.g. Greenhouse's {@code custom_fields}, in order. */
        List<Map.Entry<String, Section>> members() {
            List<Map.Entry<String, Section>> members = new ArrayList<>();
            if (node.isObject()) {
                for (Map.Entry<String, JsonNode> member : node.properties()) {
                    if (member.getValue().isObject()) {
                        members.add(Map.entry(member.getKey(), new Section(member.getValue(), path(member.getKey()))));
                    }
                }
            }
            return members;
        }

        /** The raw node of a field, for values of more than one shape (a custom field's value). */
        JsonNode raw(String field) {
            JsonNode value = node.get(field);
            return value == null ? MissingNode.getInstance() : value;
        }
    }
}
