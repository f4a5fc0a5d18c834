package io.recruitflow.kit.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Who may call a service over HTTP ({@code pipeline.security.*}).
 *
 * @param actuator     the credentials for actuator endpoints other than health (HTTP Basic); without
 *                     them those endpoints are closed
 * @param apiKeys      keys accepted on the protected APIs, in the {@code apiKeyHeader} header; an
 *                     OAuth2 JWT is accepted too when {@code spring.security.oauth2.resourceserver.jwt.*}
 *                     is configured
 * @param apiKeyHeader the header carrying an API key
 */
@ConfigurationProperties(prefix = "pipeline.security")
public record ServiceSecurityProperties(
        @DefaultValue Actuator actuator,
        List<String> apiKeys,
        @DefaultValue("X-Api-Key") String apiKeyHeader) {

    public ServiceSecurityProperties {
        apiKeys = apiKeys == null ? List.of() : apiKeys.stream().filter(key -> !key.isBlank()).toList();
    }

    /** @param username and {@code password}: both, or neither (actuator closed) */
    public record Actuator(String username, String password) {

        public boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }
}
