package io.recruitflow.notifier.notification;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a recruiter is told about one routed candidate, independent of the channel that carries it.
 * Carries no contact details: ingest never forwards them.
 *
 * @param deliveryId          stable across retries of this notification to this subscription (the {@code webhook-id})
 * @param subscription        the subscription it is for
 * @param candidateKey        {@code <source>:<externalId>}
 * @param displayName         how the ATS names the candidate; absent when it sent none
 * @param role                the classified role, e.g. {@code BACKEND_ENGINEER}
 * @param confidence          in [0, 1]
 * @param topEvidence         the strongest evidence behind the role, strongest first
 * @param suggested           the suggested sourcing platform with its reasons
 * @param alternatives        the other platforms, best first
 * @param requiresHumanReview whether a person must review before anyone acts on it
 * @param reviewReason        why review is required; absent when it is not
 * @param queue               the recruiter queue
 * @param candidateUrl        the candidate in the source ATS; absent when no link template is configured
 * @param rulesVersion        the routing rules version
 * @param modelVersion        the role model version
 * @param occurredAt          the ATS event time
 * @param decidedAt           when the routing was decided
 */
public record Notification(
        String deliveryId,
        String subscription,
        String candidateKey,
        String displayName,
        String role,
        double confidence,
        List<EvidenceLine> topEvidence,
        PlatformSuggestion suggested,
        List<PlatformSuggestion> alternatives,
        boolean requiresHumanReview,
        String reviewReason,
        String queue,
        URI candidateUrl,
        String rulesVersion,
        String modelVersion,
        Instant occurredAt,
        Instant decidedAt) {

    public Notification {
        Objects.requireNonNull(deliveryId, "deliveryId");
        Objects.requireNonNull(candidateKey, "candidateKey");
        topEvidence = List.copyOf(topEvidence);
        alternatives = List.copyOf(alternatives);
    }

    /** How to address the candidate: the display name, or the key when the ATS sent no name. */
    public String candidateLabel() {
        return displayName == null || displayName.isBlank() ? candidateKey : displayName;
    }

    /** One matched signal, as the classifier reported it. */
    public record EvidenceLine(String role, String signal, String field, String matchedText, double weight,
                               String articleSection) {
    }

    /** A sourcing platform with its score and the human-readable reasons for it. */
    public record PlatformSuggestion(String platform, double score, List<String> reasons) {
        public PlatformSuggestion {
            reasons = List.copyOf(reasons);
        }
    }
}
