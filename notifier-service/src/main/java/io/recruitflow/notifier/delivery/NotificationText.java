package io.recruitflow.notifier.delivery;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import io.recruitflow.notifier.notification.Notification.EvidenceLine;
import io.recruitflow.notifier.notification.Notification.PlatformSuggestion;
import io.recruitflow.notifier.notification.Notification;

/**
 * The words every channel uses for a notification, in one place: role and platform names, the
 * headline, the one-line summary, reasons, evidence and review text. Output is raw text on one line;
 * each channel escapes it for its own markup (HTML, Slack mrkdwn).
 */
final class NotificationText {

    private static final Map<String, String> PLATFORMS = Map.of(
            "DISTANTJOB", "DistantJob",
            "UPWORK", "Upwork",
            "TOPTAL", "Toptal",
            "DEVTEAM_SPACE", "DevTeam.Space",
            "HIRED", "Hired");

    private NotificationText() {
    }

    /** {@code BACKEND_ENGINEER} reads "Backend engineer". */
    static String role(String role) {
        if (role == null || role.isBlank()) {
            return "Unknown role";
        }
        String words = role.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** {@code DEVTEAM_SPACE} reads "DevTeam.Space"; unknown names stay as they are. */
    static String platform(String platform) {
        return platform == null ? "no platform" : PLATFORMS.getOrDefault(platform, platform);
    }

    /** A confidence in [0, 1] as a whole percentage, e.g. "87%". */
    static String percent(double confidence) {
        return Math.round(confidence * 100) + "%";
    }

    /** "Backend engineer: Jane Doe → DistantJob", naming the candidate as {@code who}. */
    static String headline(Notification notification, String who) {
        return role(notification.role()) + ": " + oneLine(who) + " → " + suggestedPlatform(notification);
    }

    /**
     * Everything at a glance, on one line: "Backend engineer (87%): Jane Doe → DistantJob (reasons);
     * then Toptal, Upwork; queue backend-engineers; needs review: why".
     */
    static String summary(Notification notification, String who) {
        PlatformSuggestion suggested = notification.suggested();
        StringBuilder line = new StringBuilder()
                .append(role(notification.role())).append(" (").append(percent(notification.confidence())).append("): ")
                .append(oneLine(who)).append(" → ").append(suggestedPlatform(notification));
        if (suggested != null && !suggested.reasons().isEmpty()) {
            line.append(" (").append(reasons(suggested)).append(')');
        }
        if (!notification.alternatives().isEmpty()) {
            line.append("; then ").append(alternatives(notification));
        }
        if (notification.queue() != null) {
            line.append("; queue ").append(oneLine(notification.queue()));
        }
        if (notification.requiresHumanReview()) {
            line.append("; ").append(review(notification));
        }
        return line.toString();
    }

    static String suggestedPlatform(Notification notification) {
        return notification.suggested() == null ? "no platform" : platform(notification.suggested().platform());
    }

    /** The reasons for a platform, "; "-separated. */
    static String reasons(PlatformSuggestion suggestion) {
        return suggestion.reasons().stream().map(NotificationText::oneLine).collect(Collectors.joining("; "));
    }

    /** The other platforms, best first: "Toptal, Upwork". */
    static String alternatives(Notification notification) {
        return notification.alternatives().stream().map(alternative -> platform(alternative.platform()))
                .collect(Collectors.joining(", "));
    }

    /** "needs review: why", or "needs review" when no reason was given; null when no review is needed. */
    static String review(Notification notification) {
        if (!notification.requiresHumanReview()) {
            return null;
        }
        return notification.reviewReason() == null || notification.reviewReason().isBlank()
                ? "needs review" : "needs review: " + oneLine(notification.reviewReason());
    }

    /** One piece of evidence: "“kafka” (SKILL in skills, weight 0.80)". */
    static String evidence(EvidenceLine line) {
        return "“" + oneLine(line.matchedText()) + "” (" + oneLine(line.signal()) + " in " + oneLine(line.field())
                + String.format(Locale.ROOT, ", weight %.2f)", line.weight());
    }

    /** The strongest evidence first, at most {@code limit} lines. */
    static List<String> topEvidence(Notification notification, int limit) {
        return notification.topEvidence().stream().limit(limit).map(NotificationText::evidence).toList();
    }

    /** The candidate's page in the ATS when it is an http(s) link; null otherwise. */
    static String atsLink(Notification notification) {
        URI url = notification.candidateUrl();
        boolean web = url != null && url.getScheme() != null && url.getScheme().toLowerCase(Locale.ROOT).matches("https?");
        return web ? url.toString() : null;
    }

    /** Text with line breaks and other control characters turned into single spaces, so it stays on one line. */
    static String oneLine(String text) {
        return text == null ? "" : text.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}]+", " ").strip();
    }
}
