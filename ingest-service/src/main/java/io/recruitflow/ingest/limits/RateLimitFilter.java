package io.recruitflow.ingest.limits;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * {@code 429} with {@code Retry-After} (whole seconds, rounded up) for a source over
 * {@code ingest.limits.requests-per-second} (after a {@code burst}). The source of
 * {@code /webhooks/{source}} is its path segment, whether or not such a source is configured: the
 * limit is checked before Spring MVC, so a flood on an unknown source is throttled before it costs a
 * 404. A caller of {@code /api/v1/candidates*} presenting one of the configured API keys draws from
 * that key's bucket; any other caller (a Standard Webhooks signer, or a wrong key) is told apart by
 * remote address, so inventing keys buys no extra quota. Behind a proxy the address is the proxy's
 * unless the server is configured to use forwarded headers. Other paths (actuator probes) are not
 * limited.
 */
final class RateLimitFilter extends OncePerRequestFilter {

    private static final Logger log = LoggerFactory.getLogger(RateLimitFilter.class);
    private static final String WEBHOOKS = "/webhooks/";
    private static final String CANDIDATES = "/api/v1/candidates";
    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final RateLimiter limiter;
    private final LimitProblems problems;
    private final ApiKeyBuckets apiKeys;

    RateLimitFilter(RateLimiter limiter, LimitProblems problems, ApiKeyBuckets apiKeys) {
        this.limiter = limiter;
        this.problems = problems;
        this.apiKeys = apiKeys;
    }

    /** The bucket a request draws from, or {@code null} when its path is not limited. */
    String sourceOf(HttpServletRequest request) {
        String path = RequestPaths.withinApplication(request);
        if (path.startsWith(WEBHOOKS)) {
            String rest = path.substring(WEBHOOKS.length());
            int slash = rest.indexOf('/');
            return "webhook:" + (slash < 0 ? rest : rest.substring(0, slash));
        }
        if (path.equals(CANDIDATES) || path.startsWith(CANDIDATES + ":") || path.startsWith(CANDIDATES + "/")) {
            return apiKeys.bucketOf(request).orElseGet(() -> "client:" + request.getRemoteAddr());
        }
        return null;
    }

    static long retryAfterSeconds(long waitNanos) {
        return Math.max(1, (waitNanos + NANOS_PER_SECOND - 1) / NANOS_PER_SECOND);
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String source = sourceOf(request);
        long wait = source == null ? 0 : limiter.tryAcquire(source);
        if (wait == 0) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = retryAfterSeconds(wait);
        log.debug("Rate limited {} for {} s", source, seconds);
        response.setHeader(HttpHeaders.RETRY_AFTER, Long.toString(seconds));
        problems.write(request, response, LimitProblems.rateLimited(seconds));
    }
}
