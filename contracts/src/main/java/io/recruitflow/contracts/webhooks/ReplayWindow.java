package io.recruitflow.contracts.webhooks;

import java.time.Duration;
import java.time.Instant;

/**
 * How far a signed delivery's timestamp may be from now, either way: the replay window of the
 * timestamped schemes (Standard Webhooks, Lever), and its client-safe description.
 */
public final class ReplayWindow {

    private ReplayWindow() {
    }

    /** @throws IllegalArgumentException unless the tolerance is positive */
    public static Duration require(Duration tolerance) {
        if (tolerance == null || tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("tolerance must be positive");
        }
        return tolerance;
    }

    public static boolean within(Instant sent, Instant now, Duration tolerance) {
        return !sent.isBefore(now.minus(tolerance)) && !sent.isAfter(now.plus(tolerance));
    }

    /** "webhook-timestamp outside the 5-minute tolerance" */
    public static String outside(String what, Duration tolerance) {
        long seconds = tolerance.toSeconds();
        String window = seconds % 60 == 0 ? (seconds / 60) + "-minute" : seconds + "-second";
        return what + " outside the " + window + " tolerance";
    }
}
