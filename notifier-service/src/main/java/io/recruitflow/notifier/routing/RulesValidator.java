package io.recruitflow.notifier.routing;

import io.recruitflow.avro.CandidateRole;
import io.recruitflow.avro.EngagementType;
import io.recruitflow.avro.SourcingPlatform;
import io.recruitflow.avro.WorkplaceType;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a parsed {@link RulesFile} into validated domain rules, failing with an
 * {@link IllegalStateException} that names the offending entry, so a broken override file stops
 * the service at start-up instead of misrouting candidates.
 */
final class RulesValidator {

    private final String source;

    RulesValidator(String source) {
        this.source = source;
    }

    ReviewPolicy review(RulesFile.Review review) {
        if (review == null) {
            throw fail("has no 'review' section");
        }
        String where = "review";
        double threshold = unitInterval(review.confidenceThreshold(), where + ".confidenceThreshold");
        Set<CandidateRole> always = enumSet(CandidateRole.class, review.alwaysReviewRoles(), where + ".alwaysReviewRoles");
        String humanQueue = required(review.humanReviewQueue(), where + ".humanReviewQueue");
        Map<CandidateRole, String> queues = new EnumMap<>(CandidateRole.class);
        if (review.roleQueues() != null) {
            review.roleQueues().forEach((role, queue) -> queues.put(
                    enumValue(CandidateRole.class, role, where + ".roleQueues"),
                    required(queue, where + ".roleQueues." + role)));
        }
        for (CandidateRole role : CandidateRole.values()) {
            if (!always.contains(role) && !queues.containsKey(role)) {
                throw fail(where + ".roleQueues has no queue for role " + role + ", which is not always reviewed");
            }
        }
        return new ReviewPolicy(threshold, always, humanQueue, queues);
    }

    List<PlatformRules> platforms(List<RulesFile.Platform> entries) {
        if (entries == null) {
            throw fail("has no 'platforms' section");
        }
        Map<SourcingPlatform, PlatformRules> byPlatform = new EnumMap<>(SourcingPlatform.class);
        for (int i = 0; i < entries.size(); i++) {
            RulesFile.Platform entry = entries.get(i);
            SourcingPlatform platform = enumValue(SourcingPlatform.class,
                    entry == null ? null : entry.platform(), "platforms[" + i + "].platform");
            if (byPlatform.containsKey(platform)) {
                throw fail("platform " + platform + " is listed more than once");
            }
            byPlatform.put(platform, platform(platform, entry));
        }
        Set<SourcingPlatform> missing = EnumSet.allOf(SourcingPlatform.class);
        missing.removeAll(byPlatform.keySet());
        if (!missing.isEmpty()) {
            throw fail("has no entry for platform(s) " + missing);
        }
        return List.copyOf(byPlatform.values());
    }

    private PlatformRules platform(SourcingPlatform platform, RulesFile.Platform entry) {
        String where = "platform " + platform;
        double base = unitInterval(entry.baseScore(), where + " baseScore");
        String description = required(entry.description(), where + " description");
        String citation = required(entry.citation(), where + " citation");
        List<Rule> rules = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        List<RulesFile.RuleEntry> ruleEntries = entry.rules() == null ? List.of() : entry.rules();
        for (int i = 0; i < ruleEntries.size(); i++) {
            RulesFile.RuleEntry ruleEntry = ruleEntries.get(i);
            if (ruleEntry == null) {
                throw fail(where + " rules[" + i + "] is null");
            }
            String id = required(ruleEntry.id(), where + " rules[" + i + "] id");
            if (!ids.add(id)) {
                throw fail(where + " has more than one rule '" + id + "'");
            }
            rules.add(rule(ruleEntry, where + " rule '" + id + "'"));
        }
        return new PlatformRules(platform, base, description, citation, rules);
    }

    private Rule rule(RulesFile.RuleEntry entry, String where) {
        if (entry.delta() == null || !Double.isFinite(entry.delta())) {
            throw fail(where + " has no finite 'delta'");
        }
        String reason = required(entry.reason(), where + " reason");
        String citation = required(entry.citation(), where + " citation");
        Condition condition = condition(entry.when(), where);
        return new Rule(entry.id(), condition, entry.delta(), reason, citation);
    }

    private Condition condition(RulesFile.When when, String where) {
        if (when == null) {
            throw fail(where + " has no 'when' conditions");
        }
        Condition condition = new Condition(
                enumSet(CandidateRole.class, when.roles(), where + " roles"),
                enumSet(EngagementType.class, when.engagementTypes(), where + " engagementTypes"),
                enumSet(WorkplaceType.class, when.workplace(), where + " workplace"),
                seniority(when.seniority(), where + " seniority"),
                when.preferencesStated());
        if (condition.isEmpty()) {
            throw fail(where + " has no conditions; use the platform's baseScore instead");
        }
        return condition;
    }

    private Seniority seniority(RulesFile.SeniorityEntry entry, String where) {
        if (entry == null) {
            return null;
        }
        Double min = nonNegative(entry.minYears(), where + " minYears");
        Double max = nonNegative(entry.maxYears(), where + " maxYears");
        if (min != null && max != null && min > max) {
            throw fail(where + " minYears " + min + " is greater than maxYears " + max);
        }
        Set<String> keywords = new HashSet<>();
        for (String keyword : entry.titleKeywords() == null ? List.<String>of() : entry.titleKeywords()) {
            keywords.add(required(keyword, where + " titleKeywords entry").toLowerCase(Locale.ROOT));
        }
        if (min == null && max == null && keywords.isEmpty()) {
            throw fail(where + " needs minYears, maxYears or titleKeywords");
        }
        return new Seniority(min, max, keywords);
    }

    private Double nonNegative(Double value, String where) {
        if (value != null && !(value >= 0 && Double.isFinite(value))) {
            throw fail(where + " must be a non-negative number, was " + value);
        }
        return value;
    }

    private double unitInterval(Double value, String where) {
        if (value == null || !(value >= 0 && value <= 1)) {
            throw fail(where + " must be a number in [0, 1], was " + value);
        }
        return value;
    }

    String required(String value, String where) {
        if (value == null || value.isBlank()) {
            throw fail(where + " is missing or blank");
        }
        return value;
    }

    private <E extends Enum<E>> Set<E> enumSet(Class<E> type, List<String> names, String where) {
        Set<E> values = EnumSet.noneOf(type);
        for (String name : names == null ? List.<String>of() : names) {
            values.add(enumValue(type, name, where));
        }
        return values;
    }

    private <E extends Enum<E>> E enumValue(Class<E> type, String name, String where) {
        if (name == null) {
            throw fail(where + " is missing");
        }
        try {
            return Enum.valueOf(type, name);
        } catch (IllegalArgumentException e) {
            throw fail(where + ": unknown " + type.getSimpleName() + " '" + name + "'");
        }
    }

    IllegalStateException fail(String problem) {
        return new IllegalStateException("Invalid routing rules " + source + ": " + problem);
    }
}
