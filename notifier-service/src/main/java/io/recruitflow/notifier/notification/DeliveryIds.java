package io.recruitflow.notifier.notification;

import java.util.HexFormat;

import io.recruitflow.avro.RoutingDecision;
import io.recruitflow.contracts.crypto.Digests;

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
        return "msg_" + HexFormat.of().formatHex(Digests.sha256(identity), 0, 16);
    }
}
