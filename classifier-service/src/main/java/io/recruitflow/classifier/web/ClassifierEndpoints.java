package io.recruitflow.classifier.web;

import java.util.List;

import io.recruitflow.kit.security.SecuredPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The explain API answers recruiters' "why?": it needs an API key or an OAuth2 JWT. */
@Configuration(proxyBeanMethods = false)
class ClassifierEndpoints {

    @Bean
    SecuredPaths securedPaths() {
        return new SecuredPaths(List.of("/api/**"), List.of());
    }
}
