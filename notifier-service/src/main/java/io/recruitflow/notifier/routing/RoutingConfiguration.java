package io.recruitflow.notifier.routing;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Wires the framework-free router with the configured (or built-in) rules file. */
@Configuration(proxyBeanMethods = false)
class RoutingConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RoutingConfiguration.class);

    @Bean
    RoutingRules routingRules(RoutingProperties properties) {
        RoutingRules rules = properties.rulesFile() == null
                ? RoutingRules.standard()
                : RoutingRules.load(properties.rulesFile());
        log.info("Routing with {}", rules.version());
        return rules;
    }

    @Bean
    Router router(RoutingRules rules, RoutingProperties properties) {
        return properties.reviewThreshold() == null
                ? new Router(rules)
                : new Router(rules, properties.reviewThreshold());
    }
}
