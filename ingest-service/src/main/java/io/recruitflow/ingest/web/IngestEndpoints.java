package io.recruitflow.ingest.web;

import java.util.List;

import io.recruitflow.kit.security.SecuredPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The candidate API is protected by the kit's chain (API key, Standard Webhooks signature, OAuth2
 * JWT); the webhooks authenticate their callers themselves, by each ATS vendor's signature on the
 * raw body; the OpenAPI document is public.
 */
@Configuration(proxyBeanMethods = false)
class IngestEndpoints {

    @Bean
    SecuredPaths securedPaths() {
        return new SecuredPaths(List.of("/api/**"), List.of("/webhooks/**", "/v3/api-docs", "/v3/api-docs/**"));
    }
}
