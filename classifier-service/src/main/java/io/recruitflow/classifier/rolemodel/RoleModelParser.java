package io.recruitflow.classifier.rolemodel;

import io.recruitflow.contracts.skills.SkillNames;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads and validates a role-model file. Every problem is an {@link IllegalStateException} naming
 * the entry (e.g. {@code developer[3] 'dev.resp.x': weight must be > 0}), so a bad override fails
 * the service at start-up with a message an operator can act on.
 */
final class RoleModelParser {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Set<String> TOP_LEVEL =
            Set.of("name", "version", "article", "notes", "decision", "text", "core", "engineer", "developer");
    private static final Set<String> SIGNAL_FIELDS = Set.of("id", "kind", "phrases", "skills", "weight", "section");

    private final Set<String> ids = new HashSet<>();

    private RoleModelParser() {
    }

    static RoleModel parse(byte[] bytes, String contentHash) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new IllegalStateException("Role model is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("Role model must be a JSON object");
        }
        return new RoleModelParser().model(root, contentHash);
    }

    private RoleModel model(JsonNode root, String contentHash) {
        rejectUnknown(root, TOP_LEVEL, "role model");
        String name = requiredText(root, "name", "role model");
        int revision = root.path("version").asInt(0);
        if (!root.path("version").isIntegralNumber() || revision < 1) {
            throw new IllegalStateException("role model: version must be an integer >= 1");
        }
        Decision decision = decision(required(root, "decision", "role model"));
        Set<String> ambiguous = new HashSet<>();
        for (JsonNode alias : root.path("text").path("ambiguousAliases")) {
            ambiguous.add(SkillNames.fold(alias.asString()));
        }
        return new RoleModel(name, revision, contentHash, decision, ambiguous,
                signals(root, "core"), signals(root, "engineer"), signals(root, "developer"));
    }

    private static Decision decision(JsonNode node) {
        Decision d = new Decision(
                positive(node, "saturation"),
                (int) positive(node, "minWords"),
                positive(node, "minCoreWeight"),
                fraction(node, "minRoleScore"),
                fraction(node, "hybridMinScore"),
                fraction(node, "hybridMaxGap"),
                fraction(node, "marginWeight"));
        if (d.hybridMinScore() < d.minRoleScore()) {
            throw new IllegalStateException("decision: hybridMinScore must be >= minRoleScore");
        }
        return d;
    }

    private List<Signal> signals(JsonNode root, String list) {
        JsonNode array = required(root, list, "role model");
        if (!array.isArray() || array.isEmpty()) {
            throw new IllegalStateException("role model: " + list + " must be a non-empty array of signals");
        }
        List<Signal> signals = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            signals.add(signal(array.get(i), list + "[" + i + "]"));
        }
        return signals;
    }

    private Signal signal(JsonNode node, String where) {
        if (!node.isObject()) {
            throw new IllegalStateException(where + ": must be an object");
        }
        String id = requiredText(node, "id", where);
        String entry = where + " '" + id + "'";
        rejectUnknown(node, SIGNAL_FIELDS, entry);
        if (!ids.add(id)) {
            throw new IllegalStateException(entry + ": duplicate id");
        }
        String kindText = requiredText(node, "kind", entry);
        SignalKind kind;
        try {
            kind = SignalKind.valueOf(kindText);
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(entry + ": unknown kind '" + kindText + "', expected one of "
                    + List.of(SignalKind.values()));
        }
        List<String> phrases = strings(node, "phrases", entry);
        for (String phrase : phrases) {
            if (phrase.isBlank() || phrase.chars().noneMatch(Character::isLetterOrDigit)) {
                throw new IllegalStateException(entry + ": empty phrase '" + phrase + "'");
            }
        }
        List<String> skills = strings(node, "skills", entry);
        SkillNames names = SkillNames.standard();
        for (String skill : skills) {
            if (!names.known(skill).map(skill::equals).orElse(false)) {
                throw new IllegalStateException(entry + ": '" + skill + "' is not a canonical skill name in "
                        + "skills/aliases.tsv");
            }
        }
        if (phrases.isEmpty() && skills.isEmpty()) {
            throw new IllegalStateException(entry + ": needs at least one phrase or skill (phrases are empty)");
        }
        if (kind == SignalKind.TITLE && !skills.isEmpty()) {
            throw new IllegalStateException(entry + ": a TITLE matches phrases only, not skills");
        }
        JsonNode weight = node.path("weight");
        if (!weight.isNumber() || weight.asDouble() <= 0) {
            throw new IllegalStateException(entry + ": weight must be a number > 0");
        }
        String section = node.path("section").asString("");
        if (section.isBlank()) {
            throw new IllegalStateException(entry + ": missing section (the article section it is derived from)");
        }
        return new Signal(id, kind, phrases, skills, weight.asDouble(), section);
    }

    private static List<String> strings(JsonNode node, String field, String entry) {
        JsonNode array = node.path(field);
        if (array.isMissingNode() || array.isNull()) {
            return List.of();
        }
        if (!array.isArray()) {
            throw new IllegalStateException(entry + ": " + field + " must be an array of strings");
        }
        List<String> values = new ArrayList<>();
        for (JsonNode value : array) {
            if (!value.isString()) {
                throw new IllegalStateException(entry + ": " + field + " must be an array of strings");
            }
            values.add(value.asString());
        }
        return values;
    }

    private static JsonNode required(JsonNode node, String field, String where) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            throw new IllegalStateException(where + ": missing " + field);
        }
        return value;
    }

    private static String requiredText(JsonNode node, String field, String where) {
        JsonNode value = required(node, field, where);
        if (!value.isString() || value.asString().isBlank()) {
            throw new IllegalStateException(where + ": " + field + " must be a non-empty string");
        }
        return value.asString();
    }

    private static double positive(JsonNode node, String field) {
        JsonNode value = required(node, field, "decision");
        if (!value.isNumber() || value.asDouble() <= 0) {
            throw new IllegalStateException("decision: " + field + " must be a number > 0");
        }
        return value.asDouble();
    }

    private static double fraction(JsonNode node, String field) {
        JsonNode value = required(node, field, "decision");
        if (!value.isNumber() || value.asDouble() < 0 || value.asDouble() > 1) {
            throw new IllegalStateException("decision: " + field + " must be a number in [0, 1]");
        }
        return value.asDouble();
    }

    private static void rejectUnknown(JsonNode node, Set<String> known, String where) {
        for (String property : node.propertyNames()) {
            if (!known.contains(property)) {
                throw new IllegalStateException(where + ": unknown property '" + property + "'");
            }
        }
    }
}
