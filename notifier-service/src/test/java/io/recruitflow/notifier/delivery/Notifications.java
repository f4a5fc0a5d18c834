package io.recruitflow.notifier.delivery;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import io.recruitflow.notifier.notification.Notification.EvidenceLine;
import io.recruitflow.notifier.notification.Notification.PlatformSuggestion;
import io.recruitflow.notifier.notification.Notification;

/** Notifications for tests, with candidate-provided text that markup must not trust. */
final class Notifications {

    static final String DISPLAY_NAME = "Jane <b>Doe</b> & Co";
    static final String MATCHED_TEXT = "Kafka <script>alert(1)</script> & Go";

    private Notifications() {
    }

    static Notification routed(String deliveryId) {
        return new Notification(deliveryId, "backend-team", "greenhouse:4711", DISPLAY_NAME, "BACKEND_ENGINEER", 0.87,
                List.of(new EvidenceLine("BACKEND_ENGINEER", "SKILL", "skills", MATCHED_TEXT, 0.8, "skills"),
                        new EvidenceLine("BACKEND_ENGINEER", "TITLE", "title", "Platform engineer", 0.6, "titles")),
                new PlatformSuggestion("DISTANTJOB", 0.91, List.of("full-time remote engineers", "vetted seniors")),
                List.of(new PlatformSuggestion("TOPTAL", 0.7, List.of("top 3%")),
                        new PlatformSuggestion("UPWORK", 0.5, List.of("freelance"))),
                false, null, "backend-engineers", URI.create("https://ats.example.com/candidates/4711?tab=profile&x=1"),
                "rules-2025.1", "model-3", Instant.parse("2025-01-01T10:00:00Z"), Instant.parse("2025-01-01T10:00:01Z"));
    }

    static Notification needingReview(String deliveryId) {
        Notification n = routed(deliveryId);
        return new Notification(n.deliveryId(), n.subscription(), n.candidateKey(), n.displayName(), "HYBRID", 0.42,
                n.topEvidence(), n.suggested(), n.alternatives(), true, "confidence 0.42 is below the review threshold 0.60",
                "human-review", n.candidateUrl(), n.rulesVersion(), n.modelVersion(), n.occurredAt(), n.decidedAt());
    }
}
