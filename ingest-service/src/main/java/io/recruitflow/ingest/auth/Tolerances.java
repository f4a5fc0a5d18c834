package io.recruitflow.ingest.auth;

import java.time.Duration;
import java.time.Instant;

/** The replay window shared by the timestamped schemes, and its client-safe description. */
final class Tolerances {

    private Tolerances() {
    }

    static Duration require(Duration tolerance) {
        if (tolerance == null || tolerance.isNegative() || tolerance.isZero()) {
            throw new IllegalArgumentException("tolerance must be positive");
        }
        return tolerance;
    }

    static boolean within(Instant sent, Instant now, Duration tolerance) {
        return !sent.isBefore(now.minus(tolerance)) && !sent.isAfter(now.plus(tolerance));
    }

    /** "timestamp outside the 5-minute tolerance" */
    static String outside(String what, Duration tolerance) {
        long seconds = tolerance.toSeconds();
        String window = seconds % 60 == 0 ? (seconds / 60) + "-minute" : seconds + "-second";
        return what + " outside the " + window + " tolerance";
    }
}
