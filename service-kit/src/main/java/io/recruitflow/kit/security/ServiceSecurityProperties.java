package io.recruitflow.kit.security;

import java.time.Duration;
import java.util.List;

import io.recruitflow.contracts.webhooks.ReplayWindow;
import io.recruitflow.contracts.webhooks.StandardWebhooks;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Who may call a service over HTTP ({@code pipeline.security.*}). A protected API takes any of: an
 * API key, a Standard Webhooks signature, and an OAuth2 JWT when
 * {@code spring.security.oauth2.resourceserver.jwt.*} is configured (its {@code audiences} are then
 * checked too). With none of them configured every call to a protected API is refused.
 *
 * @param actuator               the credentials for actuator endpoints other than health (HTTP Basic);
 *                               without them those endpoints are closed
 * @param apiKeys                keys accepted in the {@code apiKeyHeader} header; several while rotating
 * @param apiKeyHeader           the header carrying an API key
 * @param webhookSecrets         Standard Webhooks secrets ({@code whsec_...}) whose signatures are accepted;
 *                               several while rotating
 * @param webhookTolerance       how far {@code webhook-timestamp} may be from now, either way
 * @param webhookMaxBody         the largest signed body read to verify its signature (413 beyond): what an
 *                               unauthenticated caller can make the service hold in memory per request
 * @param authenticationRequired false opens the protected APIs to anyone: for local development only
 */
@ConfigurationProperties(prefix = "pipeline.security")
public record ServiceSecurityProperties(
        @DefaultValue Actuator actuator,
        List<String> apiKeys,
        @DefaultValue("X-Api-Key") String apiKeyHeader,
        List<String> webhookSecrets,
        @DefaultValue("5m") Duration webhookTolerance,
        @DefaultValue("1MB") DataSize webhookMaxBody,
        @DefaultValue("true") boolean authenticationRequired) {

    public ServiceSecurityProperties {
        apiKeys = nonBlank(apiKeys);
        webhookSecrets = nonBlank(webhookSecrets);
        webhookTolerance = ReplayWindow.require(webhookTolerance == null ? StandardWebhooks.DEFAULT_TOLERANCE
                : webhookTolerance);
        webhookMaxBody = webhookMaxBody == null ? DataSize.ofMegabytes(1) : webhookMaxBody;
    }

    private static List<String> nonBlank(List<String> values) {
        return values == null ? List.of() : values.stream().filter(value -> !value.isBlank()).map(String::strip).toList();
    }

    /** @param username and {@code password}: both, or neither (actuator closed) */
    public record Actuator(String username, String password) {

        public boolean configured() {
            return username != null && !username.isBlank() && password != null && !password.isBlank();
        }
    }
}
