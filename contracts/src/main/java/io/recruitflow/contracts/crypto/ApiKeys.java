package io.recruitflow.contracts.crypto;

import java.util.List;

/**
 * A set of accepted API keys, held only as SHA-256 digests. A presented key is hashed and compared
 * with every digest in constant time ({@link Digests#matchesAny}), so neither the content nor the
 * length of a key leaks through timing. Several keys let one be rotated without downtime.
 */
public final class ApiKeys {

    private final List<byte[]> digests;

    /** @throws IllegalArgumentException when a key is blank (the message never holds a key) */
    public ApiKeys(List<String> keys) {
        this.digests = keys.stream().map(key -> {
            if (key == null || key.isBlank()) {
                throw new IllegalArgumentException("API key is blank");
            }
            return Digests.sha256(key.strip());
        }).toList();
    }

    /** Whether {@code presented} (surrounding white space ignored) is one of the keys. */
    public boolean matches(String presented) {
        return presented != null && !presented.isBlank()
                && Digests.matchesAny(Digests.sha256(presented.strip()), digests);
    }
}
