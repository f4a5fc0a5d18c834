package io.recruitflow.ingest.auth;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import io.recruitflow.contracts.crypto.Digests;

/**
 * Workable's webhook signature. Workable's reference (workable.readme.io, "Webhook Subscriptions",
 * "Encryption") says requests are signed with HMAC SHA256 on the payload, keyed with the account
 * token or the OAuth application secret, and the signature is sent in {@code X-Workable-Signature}.
 * It does not name the encoding; we expect lower-case hex (upper-case tolerated), which is what
 * independent integrations verify against. The key is the token or secret as UTF-8 bytes.
 * <p>
 * Workable signs no timestamp or delivery id, so replays cannot be refused here; Workable posts the
 * full candidate state, which the content-based idempotency of ingest makes harmless.
 */
public final class WorkableSignature implements RequestAuthenticator {

    public static final String SCHEME = "workable";
    static final String SIGNATURE_HEADER = "x-workable-signature";

    private final List<byte[]> secrets;

    /** @param secret the account token or OAuth application secret, as UTF-8 bytes */
    public WorkableSignature(byte[] secret) {
        this(List.of(secret));
    }

    /** @param secrets several keys, any of which may have signed (rotation) */
    public WorkableSignature(List<byte[]> secrets) {
        this.secrets = Secrets.copyOf(secrets, "Workable signing key");
    }

    @Override
    public AuthenticationResult verify(byte[] rawBody, Map<String, String> headers, Instant now) {
        String header = headers.get(SIGNATURE_HEADER);
        if (SignatureChecks.isBlank(header)) {
            return new AuthenticationResult.Rejected("missing X-Workable-Signature header");
        }
        byte[] presented = SignatureChecks.decodeHex(header.strip());
        if (presented == null) {
            return new AuthenticationResult.Rejected("malformed X-Workable-Signature header, expected hex");
        }
        List<byte[]> expected = secrets.stream().map(secret -> Digests.hmacSha256(secret, rawBody)).toList();
        return Digests.matchesAny(presented, expected)
                ? new AuthenticationResult.Accepted(SCHEME, null)
                : new AuthenticationResult.Rejected("signature does not match");
    }
}
