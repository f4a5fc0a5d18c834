package io.recruitflow.notifier.routing;

/**
 * One scoring rule of a platform: when the condition holds, the platform's score moves by
 * {@code delta}, and the reason is shown to the recruiter.
 *
 * @param citation a short quote from the platform's paragraph in the seed article
 */
record Rule(String id, Condition when, double delta, String reason, String citation) {
}
