package io.recruitflow.harness;

import java.util.ArrayList;
import java.util.List;

import io.recruitflow.harness.RecruiterInbox.Received;
import tools.jackson.databind.JsonNode;

/** A recruiter notification (notifier's webhook body) as a recruiter reads it in the terminal. */
final class Notifications {

    private Notifications() {
    }

    static String render(Received notification) {
        JsonNode body = notification.body();
        JsonNode candidate = body.path("candidate");
        JsonNode suggested = body.path("suggestedPlatform");
        List<String> why = new ArrayList<>();
        for (JsonNode evidence : body.path("evidence")) {
            why.add("%s \"%s\" (%s)".formatted(evidence.path("signal").asString(), evidence.path("matchedText").asString(),
                    evidence.path("field").asString()));
        }
        List<String> alternatives = new ArrayList<>();
        for (JsonNode alternative : body.path("alternatives")) {
            alternatives.add("%s %.2f".formatted(alternative.path("platform").asString(), alternative.path("score").asDouble()));
        }
        String name = candidate.path("displayName").isString()
                ? candidate.path("displayName").asString() + " (" + candidate.path("key").asString() + ")"
                : candidate.path("key").asString();
        String review = body.path("requiresHumanReview").asBoolean()
                ? "  review:  HUMAN REVIEW - " + body.path("reviewReason").asString() + "\n"
                : "";
        String link = candidate.path("url").isString() ? "  open:    " + candidate.path("url").asString() + "\n" : "";
        return """
                ── %s ─ %s, confidence %.2f
                  why:     %s
                  suggest: %s (%.2f) - %s
                  then:    %s
                  queue:   %s
                %s%s  webhook %s, signature %s | model %s | rules %s
                """.formatted(name, body.path("role").asString(), body.path("confidence").asDouble(),
                why.isEmpty() ? "-" : String.join("; ", why),
                suggested.path("platform").asString(), suggested.path("score").asDouble(),
                String.join("; ", texts(suggested.path("reasons"))), String.join(", ", alternatives),
                body.path("queue").asString(), review, link, notification.webhookId(),
                notification.signatureValid() ? "verified" : "INVALID",
                body.path("modelVersion").asString(), body.path("rulesVersion").asString());
    }

    private static List<String> texts(JsonNode array) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.asString()));
        return texts;
    }
}
