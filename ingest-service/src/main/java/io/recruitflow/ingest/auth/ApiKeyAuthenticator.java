package io.recruitflow.ingest.auth;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.recruitflow.contracts.crypto.ApiKeys;

/**
 * A static API key in a request header (default {@code X-Api-Key}), for in-house systems that cannot
 * sign, on a webhook source configured with scheme {@code api-key}; the candidate API's keys are the
 * kit's chain. Both compare keys as {@link ApiKeys} does: SHA-256 digests in constant time, several
 * keys while one is rotated.
 */
public final class ApiKeyAuthenticator implements RequestAuthenticator {

    public static final String SCHEME = "api-key";
    public static final String DEFAULT_HEADER = "X-Api-Key";

    private final String headerName;
    private final String lowerCaseHeader;
    private final ApiKeys keys;

    /**
     * @param headerName the header carrying the key, any case
     * @param keys       the accepted keys, at least one, none blank
     */
    public ApiKeyAuthenticator(String headerName, List<String> keys) {
        if (SignatureChecks.isBlank(headerName)) {
            throw new IllegalArgumentException("API key header name is blank");
        }
        if (keys == null || keys.isEmpty()) {
            throw new IllegalArgumentException("at least one API key is required");
        }
        this.headerName = headerName.strip();
        this.lowerCaseHeader = this.headerName.toLowerCase(Locale.ROOT);
        this.keys = new ApiKeys(keys);
    }

    public ApiKeyAuthenticator(List<String> keys) {
        this(DEFAULT_HEADER, keys);
    }

    @Override
    public AuthenticationResult verify(byte[] rawBody, Map<String, String> headers, Instant now) {
        String presented = headers.get(lowerCaseHeader);
        if (SignatureChecks.isBlank(presented)) {
            return new AuthenticationResult.Rejected("missing " + headerName + " header");
        }
        return this.keys.matches(presented)
                ? new AuthenticationResult.Accepted(SCHEME, null)
                : new AuthenticationResult.Rejected("API key not recognised");
    }
}
