package io.recruitflow.notifier.delivery;

import java.time.Duration;

/**
 * The outcome of one delivery try.
 *
 * @param outcome    delivered, worth retrying, or not worth retrying
 * @param httpStatus the receiver's HTTP status, when there was one
 * @param error      what went wrong, free of candidate data and secrets; absent when delivered
 * @param latency    from the start of the try to its outcome
 */
public record DeliveryAttempt(Outcome outcome, Integer httpStatus, String error, Duration latency) {

    public enum Outcome { DELIVERED, RETRYABLE, PERMANENT_FAILURE }

    public static DeliveryAttempt delivered(Integer httpStatus, Duration latency) {
        return new DeliveryAttempt(Outcome.DELIVERED, httpStatus, null, latency);
    }

    public static DeliveryAttempt retryable(Integer httpStatus, String error, Duration latency) {
        return new DeliveryAttempt(Outcome.RETRYABLE, httpStatus, error, latency);
    }

    public static DeliveryAttempt permanentFailure(Integer httpStatus, String error, Duration latency) {
        return new DeliveryAttempt(Outcome.PERMANENT_FAILURE, httpStatus, error, latency);
    }

    public boolean delivered() {
        return outcome == Outcome.DELIVERED;
    }
}
