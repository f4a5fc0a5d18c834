package io.recruitflow.ingest.auth;

import java.util.Objects;

/**
 * The outcome of authenticating one inbound request: accepted with the scheme that vouched for it,
 * or rejected with a reason short and safe enough to return in a {@code 401} problem+json body.
 * A reason never contains a secret, a computed or presented signature, or any part of the body.
 */
public sealed interface AuthenticationResult permits AuthenticationResult.Accepted, AuthenticationResult.Rejected {

    /**
     * @param scheme     the scheme that accepted the request, e.g. {@code standard-webhooks}
     * @param deliveryId the scheme's delivery or message id when it has one ({@code webhook-id} for
     *                   Standard Webhooks, the unsigned {@code Greenhouse-Event-ID} header passed
     *                   through for Greenhouse), else {@code null}
     */
    record Accepted(String scheme, String deliveryId) implements AuthenticationResult {
        public Accepted {
            Objects.requireNonNull(scheme, "scheme");
        }
    }

    /** @param reason a short, client-safe reason, e.g. "missing webhook-signature header" */
    record Rejected(String reason) implements AuthenticationResult {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }

    default boolean accepted() {
        return this instanceof Accepted;
    }
}
