package io.recruitflow.notifier.routing;

import io.recruitflow.avro.SourcingPlatform;

import java.util.List;

/**
 * A platform's base score, what it is (used as the reason when no rule matches) and its rules,
 * in file order.
 */
record PlatformRules(SourcingPlatform platform, double baseScore, String description, String citation,
                     List<Rule> rules) {

    PlatformRules {
        rules = List.copyOf(rules);
    }
}
