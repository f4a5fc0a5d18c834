package io.recruitflow.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.recruitflow.contracts.crypto.Digests;

/**
 * A static API key in a request header (default {@code X-Api-Key}), for in-house systems that cannot
 * sign. Several keys may be configured so one can be rotated without downtime. The presented key and
 * every configured key are hashed with SHA-256 and the digests compared with
 * {@link java.security.MessageDigest#isEqual}, so neither the content nor the length of a key leaks
 * through timing. Only the digests of the configured keys are kept.
 */
public final class ApiKeyAuthenticator implements RequestAuthenticator {

    public static final String SCHEME = "api-key";
    public static final String DEFAULT_HEADER = "X-Api-Key";

    private final String headerName;
    private final String lowerCaseHeader;
    private final List<byte[]> keyDigests;

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
        this.keyDigests = keys.stream().map(key -> {
            if (SignatureChecks.isBlank(key)) {
                throw new IllegalArgumentException("API key is blank");
            }
            return digest(key);
        }).toList();
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
        return Digests.matchesAny(digest(presented.strip()), keyDigests)
                ? new AuthenticationResult.Accepted(SCHEME, null)
                : new AuthenticationResult.Rejected("API key not recognised");
    }

    @Override
    public boolean credentialsPresent(Map<String, String> headers) {
        return headers.containsKey(lowerCaseHeader);
    }

    private static byte[] digest(String key) {
        return Digests.sha256(key.getBytes(StandardCharsets.UTF_8));
    }
}
