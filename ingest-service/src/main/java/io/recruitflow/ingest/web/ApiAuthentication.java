package io.recruitflow.ingest.web;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.recruitflow.ingest.auth.AnyOf;
import io.recruitflow.ingest.auth.ApiKeyAuthenticator;
import io.recruitflow.ingest.auth.AuthenticationResult;
import io.recruitflow.ingest.auth.RequestAuthenticator;
import io.recruitflow.ingest.auth.StandardWebhooksSignature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Authenticates calls to ingest's own API ({@code /api/v1/candidates...}): a Standard Webhooks
 * signature or an API key, checked on the raw body before it is parsed. With no credentials
 * configured every call is refused, unless authentication is switched off explicitly (for local
 * development only).
 */
@Component
class ApiAuthentication {

    private static final Logger log = LoggerFactory.getLogger(ApiAuthentication.class);

    private final RequestAuthenticator authenticator;
    private final boolean required;
    private final Clock clock;

    ApiAuthentication(CandidateApiProperties properties, Clock clock) {
        CandidateApiProperties.Api api = properties.api();
        List<RequestAuthenticator> schemes = new ArrayList<>();
        if (!api.webhookSecrets().isEmpty()) {
            schemes.add(new StandardWebhooksSignature(api.webhookSecrets()));
        }
        if (!api.apiKeys().isEmpty()) {
            schemes.add(new ApiKeyAuthenticator(api.apiKeyHeader(), api.apiKeys()));
        }
        this.authenticator = schemes.isEmpty() ? null : new AnyOf(schemes);
        this.required = api.authenticationRequired();
        this.clock = clock;
        if (!required) {
            log.warn("ingest.api.authentication-required=false: the candidate API accepts unauthenticated calls");
        } else if (authenticator == null) {
            log.warn("No ingest.api.api-keys or ingest.api.webhook-secrets configured: every call to the candidate API is refused");
        }
    }

    /** @param headers the request's headers, names lower-cased ({@link RequestHeaders#lowerCased}) */
    void check(byte[] body, Map<String, String> headers) {
        if (!required) {
            return;
        }
        if (authenticator == null) {
            throw new UnauthenticatedException("no API credentials are configured on this service");
        }
        if (authenticator.verify(body, headers, clock.instant()) instanceof AuthenticationResult.Rejected rejected) {
            throw new UnauthenticatedException(rejected.reason());
        }
    }
}
