package io.recruitflow.ingest.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.recruitflow.contracts.webhooks.ReplayWindow;
import io.recruitflow.contracts.webhooks.StandardWebhooks;

/**
 * Verifies a Standard Webhooks signature (see {@link StandardWebhooks} for the algorithm): the
 * three headers must be present, {@code webhook-timestamp} must be within the tolerance of now in
 * either direction (default 5 minutes, the spec's recommendation), and any {@code v1} entry of
 * {@code webhook-signature} must match the MAC under any configured secret, so a secret can be
 * rotated by configuring the new one beside the old. Entries of other versions, and entries that are
 * not base64, are ignored. A replayed {@code webhook-id} inside the window is accepted here: dropping
 * re-deliveries is the idempotency layer's job, which gets the id as
 * {@link AuthenticationResult.Accepted#deliveryId()}.
 */
public final class StandardWebhooksSignature implements RequestAuthenticator {

    public static final String SCHEME = "standard-webhooks";

    private final List<byte[]> keys;
    private final Duration tolerance;

    /**
     * @param secrets   {@code whsec_<base64>} secrets, newest or oldest first, at least one
     * @param tolerance how far {@code webhook-timestamp} may be from now, either way
     * @throws IllegalArgumentException when no secret is given or one is not {@code whsec_} base64
     */
    public StandardWebhooksSignature(List<String> secrets, Duration tolerance) {
        if (secrets == null || secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one Standard Webhooks secret is required");
        }
        this.keys = secrets.stream().map(StandardWebhooks::key).toList();
        this.tolerance = ReplayWindow.require(tolerance);
    }

    public StandardWebhooksSignature(List<String> secrets) {
        this(secrets, StandardWebhooks.DEFAULT_TOLERANCE);
    }

    @Override
    public AuthenticationResult verify(byte[] rawBody, Map<String, String> headers, Instant now) {
        String id = headers.get(StandardWebhooks.ID_HEADER);
        String reason = StandardWebhooks.rejection(keys, id, headers.get(StandardWebhooks.TIMESTAMP_HEADER),
                headers.get(StandardWebhooks.SIGNATURE_HEADER), rawBody, now, tolerance);
        return reason == null ? new AuthenticationResult.Accepted(SCHEME, id) : new AuthenticationResult.Rejected(reason);
    }
}
