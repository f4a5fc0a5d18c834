package io.recruitflow.notifier.delivery;

import java.time.Duration;

import io.recruitflow.notifier.notification.Notification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes one readable INFO line per notification to the service log: candidate key, role,
 * confidence, platform, reasons, alternatives and the review flag. Never the display name, the
 * evidence or any other candidate data: logs must not hold them.
 */
final class LogChannel implements Channel {

    private static final Logger log = LoggerFactory.getLogger(LogChannel.class);

    private final String subscription;

    LogChannel(String subscription) {
        this.subscription = subscription;
    }

    @Override
    public DeliveryAttempt deliver(Notification notification, int attempt) {
        long start = System.nanoTime();
        log.info("[{}] {}", NotificationText.oneLine(subscription), line(notification));
        return DeliveryAttempt.delivered(null, Duration.ofNanos(System.nanoTime() - start));
    }

    /** The line, naming the candidate by key only. */
    static String line(Notification notification) {
        return NotificationText.summary(notification, notification.candidateKey());
    }
}
