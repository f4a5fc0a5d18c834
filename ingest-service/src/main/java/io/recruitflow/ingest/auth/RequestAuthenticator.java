package io.recruitflow.ingest.auth;

import java.time.Instant;
import java.util.Map;

/**
 * Authenticates one inbound request on its raw bytes, before anything parses it. Implementations are
 * immutable and thread-safe, never throw for bad input (a malformed credential is a
 * {@link AuthenticationResult.Rejected}), and compare MACs and keys in constant time.
 */
public interface RequestAuthenticator {

    /**
     * @param rawBody the request body exactly as received
     * @param headers request headers, names lower-cased (one value per name)
     * @param now     the current time, for timestamp tolerances
     */
    AuthenticationResult verify(byte[] rawBody, Map<String, String> headers, Instant now);
}
