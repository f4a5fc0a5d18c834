package io.recruitflow.notifier.delivery;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

import io.recruitflow.notifier.notification.Notification;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts a notification as a Standard Webhooks signed JSON event. The body, stable across versions
 * (fields may be added, none removed or renamed):
 * <pre>{@code
 * {"type": "candidate.routed", "id": "<deliveryId, = webhook-id>",
 *  "candidate": {"key": "greenhouse:4711", "displayName": "Jane Doe" | null, "url": "https://ats/..." | null},
 *  "role": "BACKEND_ENGINEER", "confidence": 0.87,
 *  "evidence": [{"role", "signal", "field", "matchedText", "weight", "articleSection"}],
 *  "suggestedPlatform": {"platform": "DISTANTJOB", "score": 0.91, "reasons": ["..."]},
 *  "alternatives": [{"platform", "score", "reasons"}],
 *  "requiresHumanReview": false, "reviewReason": null, "queue": "backend-engineers",
 *  "rulesVersion": "...", "modelVersion": "...",
 *  "occurredAt": "2025-01-01T10:00:00Z", "decidedAt": "2025-01-01T10:00:01Z"}
 * }</pre>
 */
final class WebhookChannel implements Channel {

    static final String EVENT_TYPE = "candidate.routed";

    private final URI url;
    private final WebhookSigner signer;
    private final OutboundHttp http;
    private final JsonMapper json;
    private final Clock clock;

    WebhookChannel(URI url, WebhookSigner signer, OutboundHttp http, JsonMapper json, Clock clock) {
        this.url = url;
        this.signer = signer;
        this.http = http;
        this.json = json;
        this.clock = clock;
    }

    @Override
    public DeliveryAttempt deliver(Notification notification, int attempt) {
        byte[] body = json.writeValueAsBytes(Event.of(notification));
        return http.postJson(url, body, signer.headers(notification.deliveryId(), clock.instant(), body));
    }

    /** The wire shape, kept apart from {@link Notification} so that renaming a field there cannot change it. */
    record Event(String type, String id, Candidate candidate, String role, double confidence, List<Evidence> evidence,
                 Platform suggestedPlatform, List<Platform> alternatives, boolean requiresHumanReview,
                 String reviewReason, String queue, String rulesVersion, String modelVersion, String occurredAt,
                 String decidedAt) {

        static Event of(Notification n) {
            return new Event(EVENT_TYPE, n.deliveryId(),
                    new Candidate(n.candidateKey(), n.displayName(), text(n.candidateUrl())),
                    n.role(), n.confidence(), n.topEvidence().stream().map(Evidence::of).toList(),
                    Platform.of(n.suggested()), n.alternatives().stream().map(Platform::of).toList(),
                    n.requiresHumanReview(), n.reviewReason(), n.queue(), n.rulesVersion(), n.modelVersion(),
                    text(n.occurredAt()), text(n.decidedAt()));
        }

        private static String text(Object value) {
            return value == null ? null : value.toString();
        }
    }

    record Candidate(String key, String displayName, String url) {
    }

    record Evidence(String role, String signal, String field, String matchedText, double weight, String articleSection) {
        static Evidence of(Notification.EvidenceLine line) {
            return new Evidence(line.role(), line.signal(), line.field(), line.matchedText(), line.weight(),
                    line.articleSection());
        }
    }

    record Platform(String platform, double score, List<String> reasons) {
        static Platform of(Notification.PlatformSuggestion suggestion) {
            return suggestion == null ? null : new Platform(suggestion.platform(), suggestion.score(), suggestion.reasons());
        }
    }
}
