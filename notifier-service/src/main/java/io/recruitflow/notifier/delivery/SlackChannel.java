package io.recruitflow.notifier.delivery;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.recruitflow.notifier.notification.Notification;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Posts a notification to a Slack-compatible incoming webhook: a one-line {@code text} fallback
 * (notifications, clients without blocks) and {@code blocks} with the role, confidence, top evidence,
 * suggested platform and its reasons, alternatives, the review flag and a link to the ATS. All
 * dynamic text is escaped for mrkdwn ({@code &}, {@code <}, {@code >}), so candidate-provided text
 * cannot form links or mentions. Slack does not use Standard Webhooks signatures: the incoming-webhook
 * URL is the credential.
 */
final class SlackChannel implements Channel {

    /** Slack's limit for a section's text. */
    private static final int SECTION_LIMIT = 3000;
    private static final int EVIDENCE_LINES = 3;

    private final URI url;
    private final OutboundHttp http;
    private final JsonMapper json;

    SlackChannel(URI url, OutboundHttp http, JsonMapper json) {
        this.url = url;
        this.http = http;
        this.json = json;
    }

    @Override
    public DeliveryAttempt deliver(Notification notification, int attempt) {
        return http.postJson(url, json.writeValueAsBytes(payload(notification)), Map.of());
    }

    ObjectNode payload(Notification n) {
        ObjectNode payload = json.createObjectNode();
        payload.put("text", escape(NotificationText.summary(n, n.candidateLabel())));
        ArrayNode blocks = payload.putArray("blocks");

        ObjectNode header = blocks.addObject().put("type", "header");
        // Only our own words in the header: plain_text is not escaped by Slack, and a name could be long.
        header.putObject("text").put("type", "plain_text")
                .put("text", NotificationText.role(n.role()) + " → " + NotificationText.suggestedPlatform(n));

        section(blocks, "*" + escape(NotificationText.oneLine(n.candidateLabel())) + "*\n*Role:* "
                + escape(NotificationText.role(n.role())) + "   *Confidence:* " + NotificationText.percent(n.confidence()));
        List<String> evidence = NotificationText.topEvidence(n, EVIDENCE_LINES);
        if (!evidence.isEmpty()) {
            List<String> bullets = new ArrayList<>();
            evidence.forEach(line -> bullets.add("• " + escape(line)));
            section(blocks, "*Why this role*\n" + String.join("\n", bullets));
        }
        String reasons = n.suggested() == null ? "" : escape(NotificationText.reasons(n.suggested()));
        section(blocks, "*Suggested platform: " + escape(NotificationText.suggestedPlatform(n)) + "*\n" + reasons);
        String review = NotificationText.review(n);
        if (review != null) {
            section(blocks, ":warning: *Human review:* " + escape(review));
        }
        String link = NotificationText.atsLink(n);
        if (link != null) {
            section(blocks, "<" + escape(link) + "|Open in the ATS>");
        }

        List<String> context = new ArrayList<>();
        if (!n.alternatives().isEmpty()) {
            context.add("Alternatives: " + escape(NotificationText.alternatives(n)));
        }
        context.add("Queue: " + escape(NotificationText.oneLine(n.queue())));
        context.add("Key: " + escape(NotificationText.oneLine(n.candidateKey())));
        context.add("Rules " + escape(NotificationText.oneLine(n.rulesVersion())) + ", model "
                + escape(NotificationText.oneLine(n.modelVersion())));
        ObjectNode contextBlock = blocks.addObject().put("type", "context");
        contextBlock.putArray("elements").addObject().put("type", "mrkdwn").put("text", clip(String.join("  ·  ", context)));
        return payload;
    }

    private static void section(ArrayNode blocks, String mrkdwn) {
        blocks.addObject().put("type", "section").putObject("text").put("type", "mrkdwn").put("text", clip(mrkdwn));
    }

    /**
     * Slack mrkdwn control characters as entities, as Slack's formatting guide asks: exactly
     * {@code & < >}, and nothing else encoded (so not {@code HtmlUtils}, which also encodes quotes).
     */
    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /** Within Slack's limit, without cutting an entity in half. */
    private static String clip(String text) {
        if (text.length() <= SECTION_LIMIT) {
            return text;
        }
        return text.substring(0, SECTION_LIMIT - 1).replaceFirst("&[a-z]*$", "") + "…";
    }
}
