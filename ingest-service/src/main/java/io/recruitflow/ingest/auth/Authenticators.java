package io.recruitflow.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

import io.recruitflow.contracts.webhooks.StandardWebhooks;

/**
 * Builds the authenticator for a configured source, failing fast at start-up on a configuration that
 * could never accept a request. How each scheme reads its secret strings:
 * <table>
 *   <caption>Secrets per scheme</caption>
 *   <tr><th>scheme</th><th>secret string</th><th>HMAC key / comparison</th></tr>
 *   <tr><td>{@code greenhouse}</td><td>the webhook's secret key as shown by Greenhouse</td><td>its UTF-8 bytes</td></tr>
 *   <tr><td>{@code lever}</td><td>the webhook's signature token</td><td>its UTF-8 bytes</td></tr>
 *   <tr><td>{@code workable}</td><td>the account token or OAuth application secret</td><td>its UTF-8 bytes</td></tr>
 *   <tr><td>{@code standard-webhooks}</td><td>{@code whsec_<base64>}</td><td>the base64-decoded part</td></tr>
 *   <tr><td>{@code api-key}</td><td>the key itself, in header {@code X-Api-Key}</td><td>SHA-256 digests compared</td></tr>
 * </table>
 * The candidate API's own credentials are the kit's security chain, not a source here.
 */
public final class Authenticators {

    private Authenticators() {
    }

    /** {@link #forSource(SourceCredentials, Duration)} with the default 5-minute tolerance. */
    public static RequestAuthenticator forSource(SourceCredentials credentials) {
        return forSource(credentials, StandardWebhooks.DEFAULT_TOLERANCE);
    }

    /**
     * @param tolerance the replay window for the timestamped schemes (Standard Webhooks, Lever)
     * @throws IllegalArgumentException naming the source when the scheme is unknown, no secret is
     *                                  given, or a secret is blank or malformed; never containing a secret
     */
    public static RequestAuthenticator forSource(SourceCredentials credentials, Duration tolerance) {
        String source = credentials.source();
        if (credentials.scheme() == null) {
            throw new IllegalArgumentException("source '" + source + "': no authentication scheme configured");
        }
        List<String> secrets = credentials.secrets();
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("source '" + source + "': no secret configured");
        }
        if (secrets.stream().anyMatch(SignatureChecks::isBlank)) {
            throw new IllegalArgumentException("source '" + source + "': a configured secret is blank");
        }
        String scheme = credentials.scheme().strip().toLowerCase(Locale.ROOT);
        try {
            return switch (scheme) {
                case GreenhouseSignature.SCHEME -> new GreenhouseSignature(utf8(secrets));
                case LeverSignature.SCHEME -> new LeverSignature(utf8(secrets), tolerance);
                case WorkableSignature.SCHEME -> new WorkableSignature(utf8(secrets));
                case StandardWebhooksSignature.SCHEME -> new StandardWebhooksSignature(secrets, tolerance);
                case ApiKeyAuthenticator.SCHEME -> new ApiKeyAuthenticator(secrets);
                default -> throw new IllegalArgumentException("unknown authentication scheme '" + credentials.scheme()
                        + "', expected greenhouse, lever, workable, standard-webhooks or api-key");
            };
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("source '" + source + "': " + e.getMessage());
        }
    }

    private static List<byte[]> utf8(List<String> secrets) {
        return secrets.stream().map(secret -> secret.getBytes(StandardCharsets.UTF_8)).toList();
    }
}
