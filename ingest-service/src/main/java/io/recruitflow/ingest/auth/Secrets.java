package io.recruitflow.ingest.auth;

import java.util.List;

/** Defensive copies and start-up checks of raw secret bytes. Messages never contain a secret. */
final class Secrets {

    private Secrets() {
    }

    static List<byte[]> copyOf(List<byte[]> secrets, String what) {
        if (secrets == null || secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one " + what + " is required");
        }
        return secrets.stream().map(secret -> {
            if (secret == null || secret.length == 0) {
                throw new IllegalArgumentException(what + " is empty");
            }
            return secret.clone();
        }).toList();
    }
}
