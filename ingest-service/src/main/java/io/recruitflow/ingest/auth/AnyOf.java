package io.recruitflow.ingest.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Accepts a request when any of several authenticators accepts it, e.g. our canonical endpoint,
 * which takes a Standard Webhooks signature or an API key. When all reject, the reason is that of the
 * first authenticator whose credentials the request carries (so a client with a bad signature learns
 * that, not that an API key is missing), or "no credentials" when it carries none.
 */
public final class AnyOf implements RequestAuthenticator {

    private final List<RequestAuthenticator> authenticators;

    public AnyOf(List<RequestAuthenticator> authenticators) {
        if (authenticators == null || authenticators.isEmpty()) {
            throw new IllegalArgumentException("at least one authenticator is required");
        }
        this.authenticators = List.copyOf(authenticators);
    }

    @Override
    public AuthenticationResult verify(byte[] rawBody, Map<String, String> headers, Instant now) {
        AuthenticationResult.Rejected firstPresent = null;
        for (RequestAuthenticator authenticator : authenticators) {
            AuthenticationResult verdict = authenticator.verify(rawBody, headers, now);
            if (verdict instanceof AuthenticationResult.Accepted) {
                return verdict;
            }
            if (firstPresent == null && authenticator.credentialsPresent(headers)) {
                firstPresent = (AuthenticationResult.Rejected) verdict;
            }
        }
        return firstPresent != null ? firstPresent : new AuthenticationResult.Rejected("no credentials");
    }

    @Override
    public boolean credentialsPresent(Map<String, String> headers) {
        return authenticators.stream().anyMatch(authenticator -> authenticator.credentialsPresent(headers));
    }
}
