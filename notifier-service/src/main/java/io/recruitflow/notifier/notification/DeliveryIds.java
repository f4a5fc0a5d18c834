package io.recruitflow.notifier.notification;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

import io.recruitflow.avro.RoutingDecision;

/**
 * Delivery ids derived from what is delivered, so that replaying the same decision (after a crash,
 * or a reclassification that changes nothing) yields the same id and a receiver can drop the
 * duplicate, while a changed outcome for the same profile event gets a new one.
 */
final class DeliveryIds {

    private DeliveryIds() {
    }

    static String of(RoutingDecision decision, Outcome outcome, String subscription, int channel) {
        String identity = String.join("\n", decision.getProfileEventId(), decision.getCandidateKey(),
                outcome.role().name(), outcome.platform().name(), Boolean.toString(outcome.requiresHumanReview()),
                subscription, Integer.toString(channel));
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "msg_" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
