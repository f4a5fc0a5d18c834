package io.recruitflow.ingest.web;

import java.util.List;

import io.recruitflow.kit.security.SecuredPaths;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * ingest's endpoints authenticate their callers themselves: the candidate API by API key or
 * Standard Webhooks signature, the webhooks by each ATS vendor's signature on the raw body.
 */
@Configuration(proxyBeanMethods = false)
class IngestEndpoints {

    @Bean
    SecuredPaths securedPaths() {
        return new SecuredPaths(List.of(), List.of("/api/**", "/webhooks/**", "/v3/api-docs", "/v3/api-docs/**"));
    }
}
