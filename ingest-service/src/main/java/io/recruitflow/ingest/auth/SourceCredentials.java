package io.recruitflow.ingest.auth;

import java.util.List;

/**
 * How one source authenticates, as configured (from the environment, never from code). Secrets are
 * strings in the vendor's own form; see {@link Authenticators#forSource} for how each scheme reads
 * them. {@link #toString()} never prints the secrets.
 *
 * @param source  the source name, e.g. {@code greenhouse} or {@code acme-ats}
 * @param scheme  {@code greenhouse}, {@code lever}, {@code workable}, {@code standard-webhooks} or
 *                {@code api-key}
 * @param secrets one or more secrets; several while one is being rotated
 */
public record SourceCredentials(String source, String scheme, List<String> secrets) {

    public SourceCredentials {
        secrets = secrets == null ? List.of() : List.copyOf(secrets);
    }

    @Override
    public String toString() {
        return "SourceCredentials[source=" + source + ", scheme=" + scheme + ", secrets=<" + secrets.size()
                + " redacted>]";
    }
}
