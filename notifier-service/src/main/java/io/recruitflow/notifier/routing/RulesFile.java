package io.recruitflow.notifier.routing;

import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a routing rules file, as read, before validation. Enum names stay strings
 * here so that a wrong one can be reported with the entry it sits in.
 */
record RulesFile(String name, Integer version, String source, Review review, List<Platform> platforms) {

    record Review(Double confidenceThreshold, List<String> alwaysReviewRoles, String humanReviewQueue,
                  Map<String, String> roleQueues) {
    }

    record Platform(String platform, Double baseScore, String description, String citation, List<RuleEntry> rules) {
    }

    record RuleEntry(String id, When when, Double delta, String reason, String citation) {
    }

    record When(List<String> roles, List<String> engagementTypes, List<String> workplace,
                SeniorityEntry seniority, Boolean preferencesStated) {
    }

    record SeniorityEntry(Double minYears, Double maxYears, List<String> titleKeywords) {
    }
}
