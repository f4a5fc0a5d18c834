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
    private static final Set<String> TOP_LEVEL = Set.of("name", "version", "article", "notes", "decision", "text",
            "core", "engineer", "developer", "elsewhere");
    private static final Set<String> TEXT_FIELDS = Set.of("ambiguousAliases", "titleInTextFactor", "readsResumes");
    private static final Set<String> SIGNAL_FIELDS =
            Set.of("id", "kind", "phrases", "skills", "vocabulary", "weight", "section");

    private final Set<String> ids = new HashSet<>();
    private final Vocabulary vocabulary;
    private Spellings spellings;

    private RoleModelParser(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    /** A model from the file's bytes; signals that name vocabulary groups take them from {@code vocabulary}. */
    static RoleModel parse(byte[] bytes, Vocabulary vocabulary) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JacksonException e) {
            throw new IllegalStateException("Role model is not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (root == null || !root.isObject()) {
            throw new IllegalStateException("Role model must be a JSON object");
        }
        boolean usesVocabulary = root.findValue("vocabulary") != null;
        String contentHash = usesVocabulary
                ? RoleModel.sha256Prefix(bytes, vocabulary.content())
                : RoleModel.sha256Prefix(bytes);
        return new RoleModelParser(vocabulary).model(root, contentHash, usesVocabulary);
    }

    private RoleModel model(JsonNode root, String contentHash, boolean usesVocabulary) {
        rejectUnknown(root, TOP_LEVEL, "role model");
        String name = requiredText(root, "name", "role model");
        int revision = root.path("version").asInt(0);
        if (!root.path("version").isIntegralNumber() || revision < 1) {
            throw new IllegalStateException("role model: version must be an integer >= 1");
        }
        Decision decision = decision(required(root, "decision", "role model"));
        JsonNode text = root.path("text");
        if (text.isObject()) {
            rejectUnknown(text, TEXT_FIELDS, "text");
        }
        Set<String> ambiguous = new HashSet<>();
        for (JsonNode alias : text.path("ambiguousAliases")) {
            ambiguous.add(SkillNames.fold(alias.asString()));
        }
        Reading reading = reading(text);
        spellings = Spellings.of(ambiguous, usesVocabulary ? vocabulary : null);
        List<Signal> elsewhere = root.has("elsewhere") ? signals(root, "elsewhere") : List.of();
        return new RoleModel(name, revision, contentHash, decision, reading, spellings, ambiguous,
                signals(root, "core"), signals(root, "engineer"), signals(root, "developer"), elsewhere);
    }

    private static Reading reading(JsonNode text) {
        JsonNode factor = text.path("titleInTextFactor");
        JsonNode resumes = text.path("readsResumes");
        if (factor.isMissingNode() && resumes.isMissingNode()) {
            return Reading.BEFORE_VERSION_3;
        }
        double titleInTextFactor = 0;
        if (!factor.isMissingNode()) {
            if (!factor.isNumber() || factor.asDouble() < 0 || factor.asDouble() > 1) {
                throw new IllegalStateException("text: titleInTextFactor must be a number in [0, 1]");
            }
            titleInTextFactor = factor.asDouble();
        }
        if (!resumes.isMissingNode() && !resumes.isBoolean()) {
            throw new IllegalStateException("text: readsResumes must be true or false");
        }
        return new Reading(titleInTextFactor, resumes.asBoolean(false));
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
        for (String skill : skills) {
            if (!spellings.known(skill).map(skill::equals).orElse(false)) {
                throw new IllegalStateException(entry + ": '" + skill + "' is not a canonical skill name in "
                        + "skills/aliases.tsv or vocabulary/technologies.tsv");
            }
        }
        if (kind.isTitle() && !skills.isEmpty()) {
            throw new IllegalStateException(entry + ": a " + kind + " matches phrases only, not skills");
        }
        phrases = new ArrayList<>(phrases);
        skills = new ArrayList<>(skills);
        for (String group : strings(node, "vocabulary", entry)) {
            if (kind.isTitle()) {
                phrases.addAll(vocabulary.titleGroup(group).orElseThrow(() -> new IllegalStateException(entry
                        + ": '" + group + "' is not a title group of vocabulary/titles.tsv (a " + kind
                        + " names title groups only)")));
            } else {
                for (Vocabulary.Technology technology : vocabulary.technologyGroup(group).orElseThrow(() ->
                        new IllegalStateException(entry + ": '" + group + "' is not a technology group of "
                                + "vocabulary/technologies.tsv (a " + kind + " names technology groups only)"))) {
                    skills.add(SkillNames.fold(technology.canonical()));
                }
            }
        }
        if (phrases.isEmpty() && skills.isEmpty()) {
            throw new IllegalStateException(entry + ": needs at least one phrase, skill or vocabulary group (phrases are empty)");
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
