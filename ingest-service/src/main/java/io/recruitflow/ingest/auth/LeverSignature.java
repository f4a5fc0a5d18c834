package io.recruitflow.ingest.auth;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import io.recruitflow.contracts.crypto.Digests;
import io.recruitflow.contracts.webhooks.ReplayWindow;
import tools.jackson.core.JacksonException;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Lever's webhook signature. Lever puts the credentials in the JSON body, not in headers: top-level
 * {@code token} (the webhook's token), {@code triggeredAt} (unix milliseconds) and {@code signature},
 * the lower-case hex HMAC-SHA256 of the string {@code token + triggeredAt} (no separator), keyed with
 * the webhook's signature token as UTF-8 bytes. Lever's own page (hire.lever.co/developer/documentation,
 * "Webhooks") was not reachable when this was written; the shape follows secondary descriptions of it
 * and independent integrations that verify it the same way. Check it against a real delivery.
 * <p>
 * The body is read only far enough to take those three fields, with a plain Jackson tree read that
 * refuses duplicate keys (so a second {@code signature} cannot shadow the first); nothing else of it
 * is trusted here. A malformed body is a rejection, never an exception.
 * <p>
 * Two limits of Lever's scheme, on purpose documented rather than hidden:
 * <ul>
 *   <li>The signature does not cover {@code event} or {@code data}. Someone who captured one delivery
 *       could attach other ids to its signature within the tolerance. The Lever adapter is therefore to
 *       treat an event only as a hint and fetch the candidate from Lever's API, so a forged
 *       id can at most make us fetch a real candidate again.</li>
 *   <li>To stop captured deliveries from being replayed for ever, {@code triggeredAt} must lie within
 *       a tolerance of now, either way (default 5 minutes, configurable). A Lever retry that keeps
 *       its original {@code triggeredAt} past the tolerance is refused; widen it if Lever retries
 *       late.</li>
 * </ul>
 * Lever has no per-delivery id, so {@link AuthenticationResult.Accepted#deliveryId()} is {@code null}.
 */
public final class LeverSignature implements RequestAuthenticator {

    public static final String SCHEME = "lever";
    public static final Duration DEFAULT_TOLERANCE = Duration.ofMinutes(5);
    private static final Pattern UNIX_MILLIS = Pattern.compile("\\d{1,15}");
    private static final JsonMapper JSON = JsonMapper.builder()
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private final List<byte[]> tokens;
    private final Duration tolerance;

    /** @param signatureToken the webhook's signature token as UTF-8 bytes */
    public LeverSignature(byte[] signatureToken) {
        this(List.of(signatureToken), DEFAULT_TOLERANCE);
    }

    /**
     * @param signatureTokens several signature tokens, any of which may have signed (rotation)
     * @param tolerance       how far {@code triggeredAt} may be from now, either way
     */
    public LeverSignature(List<byte[]> signatureTokens, Duration tolerance) {
        this.tokens = Secrets.copyOf(signatureTokens, "Lever signature token");
        this.tolerance = ReplayWindow.require(tolerance);
    }

    @Override
    public AuthenticationResult verify(byte[] rawBody, Map<String, String> headers, Instant now) {
        JsonNode body;
        try {
            body = JSON.readTree(rawBody);
        } catch (JacksonException e) {
            return new AuthenticationResult.Rejected("body is not JSON carrying token, triggeredAt and signature");
        }
        if (body == null || !body.isObject()) {
            return new AuthenticationResult.Rejected("body is not JSON carrying token, triggeredAt and signature");
        }
        String token = text(body.get("token"));
        String triggeredAt = millis(body.get("triggeredAt"));
        String signature = text(body.get("signature"));
        if (SignatureChecks.isBlank(token)) {
            return new AuthenticationResult.Rejected("missing token field in body");
        }
        if (body.get("triggeredAt") == null || body.get("triggeredAt").isNull()) {
            return new AuthenticationResult.Rejected("missing triggeredAt field in body");
        }
        if (triggeredAt == null) {
            return new AuthenticationResult.Rejected("triggeredAt is not unix milliseconds");
        }
        if (SignatureChecks.isBlank(signature)) {
            return new AuthenticationResult.Rejected("missing signature field in body");
        }
        if (!ReplayWindow.within(Instant.ofEpochMilli(Long.parseLong(triggeredAt)), now, tolerance)) {
            return new AuthenticationResult.Rejected(ReplayWindow.outside("triggeredAt", tolerance));
        }
        byte[] presented = SignatureChecks.decodeHex(signature.strip());
        if (presented == null) {
            return new AuthenticationResult.Rejected("malformed signature field, expected hex");
        }
        byte[] signed = (token + triggeredAt).getBytes(StandardCharsets.UTF_8);
        List<byte[]> expected = tokens.stream().map(key -> Digests.hmacSha256(key, signed)).toList();
        return Digests.matchesAny(presented, expected)
                ? new AuthenticationResult.Accepted(SCHEME, null)
                : new AuthenticationResult.Rejected("signature does not match");
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    /** The decimal text that was signed: an integral JSON number, or a string of digits. */
    private static String millis(JsonNode node) {
        if (node == null) {
            return null;
        }
        String digits;
        if (node.isIntegralNumber() && node.canConvertToLong()) {
            digits = Long.toString(node.longValue());
        } else if (node.isString()) {
            digits = node.stringValue();
        } else {
            return null;
        }
        return UNIX_MILLIS.matcher(digits).matches() ? digits : null;
    }
}
