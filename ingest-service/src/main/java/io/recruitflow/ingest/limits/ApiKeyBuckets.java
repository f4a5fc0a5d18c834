package io.recruitflow.ingest.limits;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.recruitflow.contracts.crypto.Digests;
import jakarta.servlet.http.HttpServletRequest;

/**
 * Rate-limit buckets for the candidate API's configured API keys, named by a hash prefix so no key is
 * held in plain text here or shows in a log line. An unknown key has no bucket of its own.
 */
final class ApiKeyBuckets {

    private final String header;
    private final Set<String> configured;

    ApiKeyBuckets(String header, List<String> keys) {
        this.header = header;
        this.configured = keys.stream().map(ApiKeyBuckets::hash).collect(Collectors.toUnmodifiableSet());
    }

    Optional<String> bucketOf(HttpServletRequest request) {
        String key = request.getHeader(header);
        if (key == null || configured.isEmpty()) {
            return Optional.empty();
        }
        String hash = hash(key);
        return configured.contains(hash) ? Optional.of("api-key:" + hash.substring(0, 12)) : Optional.empty();
    }

    private static String hash(String key) {
        return Digests.sha256Hex(key);
    }
}
