package io.recruitflow.ingest.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.recruitflow.contracts.crypto.Digests;

/**
 * Greenhouse's webhook signature, as documented at developers.greenhouse.io (webhooks,
 * "Authentication"): header {@code Signature: sha256 <hex>}, literally {@code sha256}, one space, then
 * the lower-case hex HMAC-SHA256 of the entire raw request body, keyed with the webhook's secret key.
 * The secret key is the plain string Greenhouse shows once when the webhook is created, used as its
 * UTF-8 bytes (Greenhouse's own examples pass it straight to {@code OpenSSL::HMAC.hexdigest} and
 * {@code hash_hmac}). Upper-case hex is tolerated; it decodes to the same MAC.
 * <p>
 * Greenhouse signs no timestamp, so this layer cannot refuse a replay; the {@code Greenhouse-Event-ID}
 * header is passed through as {@link AuthenticationResult.Accepted#deliveryId()} for the idempotency layer to drop
 * re-deliveries. That header is <em>not</em> covered by the signature.
 */
public final class GreenhouseSignature implements RequestAuthenticator {

    public static final String SCHEME = "greenhouse";
    static final String SIGNATURE_HEADER = "signature";
    static final String EVENT_ID_HEADER = "greenhouse-event-id";
    private static final String PREFIX = "sha256 ";

    private final List<byte[]> secrets;

    /** @param secret the webhook's secret key as UTF-8 bytes */
    public GreenhouseSignature(byte[] secret) {
        this(List.of(secret));
    }

    /** @param secrets several secret keys, any of which may have signed (rotation) */
    public GreenhouseSignature(List<byte[]> secrets) {
        this.secrets = Secrets.copyOf(secrets, "Greenhouse secret key");
    }

    @Override
    public AuthenticationResult verify(byte[] rawBody, Map<String, String> headers, Instant now) {
        String header = headers.get(SIGNATURE_HEADER);
        if (SignatureChecks.isBlank(header)) {
            return new AuthenticationResult.Rejected("missing Signature header");
        }
        String value = header.strip();
        if (!value.startsWith(PREFIX)) {
            return new AuthenticationResult.Rejected("malformed Signature header, expected 'sha256 <hex>'");
        }
        byte[] presented = SignatureChecks.decodeHex(value.substring(PREFIX.length()).strip());
        if (presented == null) {
            return new AuthenticationResult.Rejected("malformed Signature header, expected 'sha256 <hex>'");
        }
        List<byte[]> expected = secrets.stream().map(secret -> Digests.hmacSha256(secret, rawBody)).toList();
        if (!Digests.matchesAny(presented, expected)) {
            return new AuthenticationResult.Rejected("signature does not match");
        }
        String eventId = headers.get(EVENT_ID_HEADER);
        return new AuthenticationResult.Accepted(SCHEME, SignatureChecks.isBlank(eventId) ? null : eventId.strip());
    }
}
